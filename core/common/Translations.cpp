#include "Translations.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace saypro {

namespace {
QTranslator* g_station = nullptr;
QTranslator* g_qt = nullptr;

void replace(QTranslator*& slot, QTranslator* next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (slot)
        QCoreApplication::installTranslator(slot);
}
} // namespace

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("af"), QStringLiteral("zu")};
}

bool Translations::install(const QLocale& locale)
{
    auto station = new QTranslator(QCoreApplication::instance());
    const bool haveStation =
        station->load(locale, QStringLiteral("saypro_station"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    replace(g_station, haveStation ? station : nullptr);
    if (!haveStation)
        delete station;

    auto qt = new QTranslator(QCoreApplication::instance());
    const bool haveQt = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(g_qt, haveQt ? qt : nullptr);
    if (!haveQt)
        delete qt;
    qCDebug(lcDomain) << "translations for" << locale.name() << "station:" << haveStation << "qt:" << haveQt;
    return haveStation;
}

} // namespace saypro
