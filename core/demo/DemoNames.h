#pragma once
// demo: the word lists the demo generator draws from: South African and US names, places and the
// catalogue's product families. Realistic, fictitious, and in the scripts real customers write in.

#include <QList>
#include <QString>
#include <QStringList>

namespace saypro {

struct DemoPlace
{
    QString city;
    QString suburb; ///< ZA only
    QString region; ///< province code (ZA) or state code (US)
    QString postalCode;
    QString country;
};

struct DemoProductFamily
{
    QString code;         ///< SKU stem, e.g. MUG
    QString name;         ///< "Ceramic mug"
    QStringList variants; ///< colours, sizes or flavours
    int weightGrams;
    int priceCents; ///< ZAR cents
    bool fragile;
    bool serialTracked;
};

class DemoNames final
{
public:
    static const QStringList& zaFirstNames();
    static const QStringList& zaLastNames();
    static const QStringList& usFirstNames();
    static const QStringList& usLastNames();
    static const QStringList& zaStreets();
    static const QStringList& usStreets();
    static const QList<DemoPlace>& zaPlaces();
    static const QList<DemoPlace>& usPlaces();
    static const QList<DemoProductFamily>& productFamilies();
    static const QStringList& giftMessages();
    static const QStringList& deliveryWindows();
    static const QStringList& customisations();
    static const QStringList& packers();
};

} // namespace saypro
