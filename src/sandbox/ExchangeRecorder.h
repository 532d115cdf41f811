#pragma once

#include "SandboxHttp.h"

#include <QFile>

namespace airdesk::sandbox {

/// Appends every exchange as one JSON line, so the contract tests can check each response
/// (and request) the sandbox handled against the official OpenAPI files.
class ExchangeRecorder final
{
public:
    explicit ExchangeRecorder(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    void record(const SandboxRequest &request, const SandboxResponse &response, const QString &fault);

private:
    QFile m_file;
};

} // namespace airdesk::sandbox
