#pragma once
// ui: how a failure is shown to a person: a message box with the translated message, and the
// administrator's detail behind "Show Details".

#include "common/Error.h"

class QWidget;

namespace saypro {

class ErrorMessage final
{
public:
    /// Shows `error` in a modal warning box titled `title`, with `context` (what was being done) above it.
    static void show(QWidget* parent, const QString& title, const QString& context, const Error& error);
};

} // namespace saypro
