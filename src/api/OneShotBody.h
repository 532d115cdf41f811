#pragma once

#include <QByteArray>
#include <QIODevice>

namespace airdesk::api {

/// A request body that can be read once and never rewound (a sequential device), so Qt's HTTP
/// layer cannot transparently send a non-repeatable request a second time.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace airdesk::api
