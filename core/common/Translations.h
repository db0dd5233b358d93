#pragma once
// common: loads the station's translations (and Qt's own) for a locale into the running application.

#include <QLocale>
#include <QString>

namespace saypro {

class Translations final
{
public:
    /// Installs the station's and Qt's translators for `locale`, replacing earlier ones. Returns true
    /// when the station has a translation for that language (English needs none).
    static bool install(const QLocale& locale);
    /// Languages the station ships besides English, as BCP 47 codes: "af", "zu".
    static QStringList availableLanguages();
};

} // namespace saypro
