#pragma once
// common: the error type every core service returns. Owns Error and Result<T>.

#include <QString>

#include <expected>

namespace saypro {

/// A failure a person can read (message, already translated) and an administrator can act on (detail).
struct Error
{
    enum class Code {
        InvalidArgument,   ///< the caller passed something malformed
        NotFound,          ///< the thing asked for does not exist
        InvalidTransition, ///< a status change the state machine forbids
        Conflict,          ///< the data changed underneath (version mismatch, claimed elsewhere)
        Storage,           ///< SQLite refused or failed
        Corrupt,           ///< integrity or audit chain check failed
        Io,                ///< a file could not be read or written
        Unsupported,       ///< a database or file from a newer version, or a feature not available
    };

    Code code = Code::InvalidArgument;
    QString message; ///< translated, for the person at the station
    QString detail;  ///< untranslated, precise, for the log

    static Error make(Code code, QString message, QString detail = {})
    {
        return Error{code, std::move(message), std::move(detail)};
    }
    /// message and detail together, for logs and CLI stderr
    QString toString() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')'; }
};

template <typename T> using Result = std::expected<T, Error>;

/// Result of an operation that returns nothing on success.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error::Code code, QString message, QString detail = {})
{
    return std::unexpected(Error::make(code, std::move(message), std::move(detail)));
}

} // namespace saypro
