#pragma once

#include <QSortFilterProxyModel>

namespace airdesk::models {

/// Orders jobs so that what broke comes first: failed, incomplete, cancelled, then running
/// or waiting, then succeeded; newest first within each group. Reads the job from ObjectRole,
/// so it works over any job model. Optionally shows failures only.
class FailuresFirstProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailuresFirstProxy)

public:
    explicit FailuresFirstProxy(QObject *parent = nullptr);

    void setFailuresOnly(bool only);
    bool failuresOnly() const { return m_failuresOnly; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_failuresOnly = false;
};

} // namespace airdesk::models
