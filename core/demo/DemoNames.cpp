#include "DemoNames.h"

namespace saypro {

const QStringList& DemoNames::zaFirstNames()
{
    static const QStringList l =
        QStringLiteral(
            "Thandiwe Sipho Lerato Johan Anél Pieter Ayesha Priya Nomvula Bongani Kagiso Naledi Mpho Zanele Themba "
            "Lindiwe Riaan Charl Fatima Yusuf Sibusiso Andile Karabo Thabo Refilwe Lwazi Ntombi Siyabonga Palesa "
            "Tshepo Busisiwe Hendrik Marné Zoë Liezl Ruan Nandi Ayanda Khanyisile Mandla Neo Dineo Kgomotso Rethabile "
            "Sizwe Xolani Nokuthula Mbali Wandile Jaco Elmarie Rashid Zaid Kavitha Deshni Cebo Sanele Thulani Nosipho")
            .split(u' ');
    return l;
}

const QStringList& DemoNames::zaLastNames()
{
    static const QStringList l =
        QStringLiteral(
            "Ndlovu Dlamini Nkosi Mokoena Khumalo Botha Pillay Naidoo Mahlangu Sithole Mthembu Zulu Pretorius Venter "
            "Govender Molefe Jacobs Smith Cele Ngcobo Mabaso Nel Swanepoel Coetzee Maharaj Moodley Petersen Adams "
            "Hendricks Radebe Shabalala Mkhize Modise Masondo Müller Kruger Steyn Fourie Baloyi Maluleke Chauke "
            "Tshabalala "
            "Mnguni Gumede Ntuli Hlongwane Majola Ebrahim Cassim Mahomed Abrahams Daniels")
            .split(u' ');
    return l;
}

const QStringList& DemoNames::usFirstNames()
{
    static const QStringList l =
        QStringLiteral(
            "James Mary Robert Patricia Michael Jennifer William Linda David Elizabeth Richard Barbara Joseph Susan "
            "Thomas Jessica Carlos Maria José Ana Wei Mei Aaliyah DeShawn Emily Olivia Liam Noah Sofía Mateo Chloé "
            "Ethan Ava Jamal Keisha Hiroshi Yuki Priyanka Arjun Fatoumata")
            .split(u' ');
    return l;
}

const QStringList& DemoNames::usLastNames()
{
    static const QStringList l =
        QStringLiteral(
            "Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson "
            "Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young "
            "Nguyen Kim Patel Chen Okafor Diallo Peña O'Brien Kowalski")
            .split(u' ');
    return l;
}

const QStringList& DemoNames::zaStreets()
{
    static const QStringList l = {QStringLiteral("Jan Smuts Avenue"),
                                  QStringLiteral("Vilakazi Street"),
                                  QStringLiteral("Long Street"),
                                  QStringLiteral("Church Street"),
                                  QStringLiteral("Oxford Road"),
                                  QStringLiteral("Florida Road"),
                                  QStringLiteral("Main Road"),
                                  QStringLiteral("Beyers Naudé Drive"),
                                  QStringLiteral("Nelson Mandela Drive"),
                                  QStringLiteral("Bree Street"),
                                  QStringLiteral("Rivonia Road"),
                                  QStringLiteral("Voortrekker Road"),
                                  QStringLiteral("Anton Lembede Street"),
                                  QStringLiteral("Steve Biko Road"),
                                  QStringLiteral("Kloof Street"),
                                  QStringLiteral("Dr Pixley KaSeme Street"),
                                  QStringLiteral("Govan Mbeki Avenue"),
                                  QStringLiteral("Paul Kruger Street"),
                                  QStringLiteral("Albertina Sisulu Road"),
                                  QStringLiteral("Musgrave Road")};
    return l;
}

const QStringList& DemoNames::usStreets()
{
    static const QStringList l = {
        QStringLiteral("Main St"),    QStringLiteral("Oak Ave"),         QStringLiteral("Maple Dr"),
        QStringLiteral("Park Ave"),   QStringLiteral("Washington Blvd"), QStringLiteral("Lake Shore Dr"),
        QStringLiteral("Elm St"),     QStringLiteral("Sunset Blvd"),     QStringLiteral("Peachtree St NE"),
        QStringLiteral("Mission St"), QStringLiteral("Broadway"),        QStringLiteral("Congress Ave")};
    return l;
}

const QList<DemoPlace>& DemoNames::zaPlaces()
{
    auto za = [](const char* city, const char* suburb, const char* region, const char* code) {
        return DemoPlace{QString::fromUtf8(city), QString::fromUtf8(suburb), QString::fromLatin1(region),
                         QString::fromLatin1(code), QStringLiteral("ZA")};
    };
    static const QList<DemoPlace> l = {
        za("Johannesburg", "Braamfontein", "GP", "2001"),
        za("Sandton", "Morningside", "GP", "2196"),
        za("Soweto", "Orlando West", "GP", "1804"),
        za("Pretoria", "Hatfield", "GP", "0083"),
        za("Midrand", "Halfway House", "GP", "1685"),
        za("Cape Town", "Gardens", "WC", "8001"),
        za("Stellenbosch", "Die Boord", "WC", "7600"),
        za("Khayelitsha", "Site C", "WC", "7784"),
        za("Durban", "Berea", "KZN", "4001"),
        za("Pietermaritzburg", "Scottsville", "KZN", "3201"),
        za("Umlazi", "Umlazi", "KZN", "4031"),
        za("Gqeberha", "Summerstrand", "EC", "6001"),
        za("East London", "Vincent", "EC", "5201"),
        za("Bloemfontein", "Westdene", "FS", "9301"),
        za("Polokwane", "Bendor", "LP", "0699"),
        za("Mbombela", "Sonheuwel", "MP", "1201"),
        za("Rustenburg", "Safari Gardens", "NW", "0299"),
        za("Kimberley", "Belgravia", "NC", "8301"),
    };
    return l;
}

const QList<DemoPlace>& DemoNames::usPlaces()
{
    auto us = [](const char* city, const char* state, const char* zip) {
        return DemoPlace{QString::fromLatin1(city), QString(), QString::fromLatin1(state), QString::fromLatin1(zip),
                         QStringLiteral("US")};
    };
    static const QList<DemoPlace> l = {
        us("New York", "NY", "10001"),    us("Brooklyn", "NY", "11201"), us("San Francisco", "CA", "94103"),
        us("Los Angeles", "CA", "90012"), us("Austin", "TX", "78701"),   us("Houston", "TX", "77002"),
        us("Chicago", "IL", "60601"),     us("Seattle", "WA", "98101"),  us("Atlanta", "GA", "30303"),
        us("Boston", "MA", "02108"),      us("Miami", "FL", "33130"),    us("Denver", "CO", "80202"),
    };
    return l;
}

const QList<DemoProductFamily>& DemoNames::productFamilies()
{
    auto f = [](const char* code, const char* name, const char* variants, int weight, int price, bool fragile,
                bool serial) {
        return DemoProductFamily{QString::fromLatin1(code),
                                 QString::fromUtf8(name),
                                 QString::fromUtf8(variants).split(u','),
                                 weight,
                                 price,
                                 fragile,
                                 serial};
    };
    static const QList<DemoProductFamily> l = {
        f("MUG", "Ceramic mug 350 ml", "Blue,Red,Green,White,Black", 380, 12900, true, false),
        f("TEE", "Cotton T-shirt", "S,M,L,XL,XXL", 180, 19900, false, false),
        f("HOOD", "Fleece hoodie", "S,M,L,XL", 620, 49900, false, false),
        f("HPH", "Wireless headphones", "Black,Silver", 290, 129900, false, true),
        f("CASE", "Phone case", "Clear,Black,Rose,Navy", 60, 14900, false, false),
        f("KTL", "Electric kettle 1.7 l", "Steel,White", 1150, 39900, false, true),
        f("YOGA", "Yoga mat 6 mm", "Purple,Teal,Grey", 1300, 34900, false, false),
        f("ROOI", "Rooibos tea 80 bags", "Original,Vanilla,Honeybush", 220, 5900, false, false),
        f("BILT", "Beef biltong 250 g", "Original,Chilli,Peri-peri", 260, 11900, false, false),
        f("GLAS", "Wine glasses (set of 4)", "Clear,Smoked", 1400, 32900, true, false),
        f("LAMP", "LED desk lamp", "White,Black,Oak", 900, 44900, true, true),
        f("BOOK", "Notebook A5 dotted", "Ochre,Indigo,Sage,Charcoal", 310, 9900, false, false),
        f("SNKR", "Canvas sneakers", "6,7,8,9,10,11", 780, 59900, false, false),
        f("BAG", "Leather satchel", "Tan,Black", 1100, 89900, false, false),
        f("SPKR", "Bluetooth speaker", "Black,Blue,Red", 540, 79900, false, true),
        f("PLNT", "Ceramic plant pot", "Small,Medium,Large", 950, 17900, true, false),
        f("TOWL", "Bath towel 600 gsm", "White,Grey,Ocean", 700, 16900, false, false),
        f("CHRG", "USB-C charger 65 W", "White,Black", 210, 49900, false, true),
        f("BLNK", "Mohair blanket", "Cream,Charcoal,Rust", 1600, 129900, false, false),
        f("SPICE", "Durban masala 200 g", "Mild,Medium,Hot", 210, 6900, false, false),
    };
    return l;
}

const QStringList& DemoNames::giftMessages()
{
    static const QStringList l = {
        QStringLiteral("Happy birthday! Love, Mom"),           QStringLiteral("Veels geluk met jou verjaarsdag!"),
        QStringLiteral("Siyakuthanda — from all of us"),       QStringLiteral("Congratulations on the new job 🎉"),
        QStringLiteral("Thank you for everything, Ms Naidoo"), QStringLiteral("Merry Christmas from the Botha family")};
    return l;
}

const QStringList& DemoNames::deliveryWindows()
{
    static const QStringList l = {QStringLiteral("Weekdays 08:00–12:00"), QStringLiteral("Weekdays 13:00–17:00"),
                                  QStringLiteral("After 17:00 only"), QStringLiteral("Not on Fridays")};
    return l;
}

const QStringList& DemoNames::customisations()
{
    static const QStringList l = {QStringLiteral("Engrave: “T & S 2026”"), QStringLiteral("Monogram: NK"),
                                  QStringLiteral("Print name on back: DLAMINI 10")};
    return l;
}

const QStringList& DemoNames::packers()
{
    static const QStringList l = {QStringLiteral("thandi.m"), QStringLiteral("sipho.n"), QStringLiteral("anel.b"),
                                  QStringLiteral("priya.g"), QStringLiteral("johan.v")};
    return l;
}

} // namespace saypro
