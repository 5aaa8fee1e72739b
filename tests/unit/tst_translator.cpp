// Language selection of adesk::Translator: setting, override and system locale; the embedded French
// catalogue and Qt's own French messages; QLocale::setDefault for money and dates.

#include "app/shell/translator.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using adesk::Translator;
using Language = adesk::Translator::Language;

class TstTranslator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void resolve_data();
    void resolve();
    void frenchSystemLocaleLoadsFrench();
    void englishSettingLoadsNoFrench();
    void settingAndOverride();
    void reinstallSwitchesLanguage();
    void moneyFollowsLanguage();
};

namespace {

QString frenchMarker() {
    return QCoreApplication::translate("adesk::Translator", "French", "language name");
}

} // namespace

void TstTranslator::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // QSettings in a throwaway test location
    QCoreApplication::setOrganizationName(QStringLiteral("The Auto Doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translator"));
}

void TstTranslator::cleanup() {
    QSettings().clear();
    QCoreApplication::instance()->setProperty(Translator::overrideProperty(), QVariant());
    QLocale::setDefault(QLocale::c());
}

void TstTranslator::resolve_data() {
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<Language>("expected");
    const QLocale frCA(QLocale::French, QLocale::Canada);
    const QLocale frFR(QLocale::French, QLocale::France);
    const QLocale enCA(QLocale::English, QLocale::Canada);
    const QLocale enUS(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("system fr_CA") << QStringLiteral("system") << frCA << Language::French;
    QTest::newRow("system fr_FR") << QStringLiteral("system") << frFR << Language::French;
    QTest::newRow("system fr") << QStringLiteral("system") << QLocale(QLocale::French) << Language::French;
    QTest::newRow("system en_CA") << QStringLiteral("system") << enCA << Language::English;
    QTest::newRow("system de") << QStringLiteral("system") << de << Language::English;
    QTest::newRow("empty follows system") << QString() << frCA << Language::French;
    QTest::newRow("unknown follows system") << QStringLiteral("klingon") << enUS << Language::English;
    QTest::newRow("en on French system") << QStringLiteral("en") << frCA << Language::English;
    QTest::newRow("fr on English system") << QStringLiteral("fr") << enUS << Language::French;
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << de << Language::French;
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << de << Language::French;
    QTest::newRow("fr-CA") << QStringLiteral("fr-CA") << de << Language::French;
    QTest::newRow("FR upper") << QStringLiteral(" FR ") << enCA << Language::French;
}

void TstTranslator::resolve() {
    QFETCH(QString, choice);
    QFETCH(QLocale, system);
    QFETCH(Language, expected);
    QCOMPARE(Translator::resolve(choice, system), expected);
}

void TstTranslator::frenchSystemLocaleLoadsFrench() {
    Translator t;
    QCOMPARE(t.install(QStringLiteral("system"), QLocale(QLocale::French, QLocale::Canada)),
             Language::French);
    QCOMPARE(t.language(), Language::French);
    QVERIFY2(t.appCatalogLoaded(), "the embedded :/i18n/autodoctor-desk_fr_CA.qm did not load");
    QCOMPARE(frenchMarker(), QStringLiteral("français"));
    QCOMPARE(Translator::languageName(Language::English), QStringLiteral("anglais"));
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(QLocale().territory(), QLocale::Canada);
    // Qt's own messages come from qt6-translations-l10n (in packaging/debian-packages.txt).
    QVERIFY2(t.qtCatalogLoaded(), "qtbase_fr.qm did not load: is qt6-translations-l10n installed?");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));

    t.uninstall();
    QCOMPARE(frenchMarker(), QStringLiteral("French"));
}

void TstTranslator::englishSettingLoadsNoFrench() {
    Translator t;
    QCOMPARE(t.install(QStringLiteral("en"), QLocale(QLocale::French, QLocale::Canada)), Language::English);
    QVERIFY(!t.qtCatalogLoaded());
    QCOMPARE(frenchMarker(), QStringLiteral("French"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(QLocale(), QLocale(QLocale::English, QLocale::Canada));
}

void TstTranslator::settingAndOverride() {
    Translator t;
    QSettings().setValue(Translator::settingsKey(), QStringLiteral("fr"));
    QCOMPARE(t.installPreferred(), Language::French);
    QCOMPARE(frenchMarker(), QStringLiteral("français"));

    // --lang en (stored by the command line as an application property) wins over the setting.
    QCoreApplication::instance()->setProperty(Translator::overrideProperty(), QStringLiteral("en"));
    QCOMPARE(t.installPreferred(), Language::English);
    QCOMPARE(frenchMarker(), QStringLiteral("French"));

    QCoreApplication::instance()->setProperty(Translator::overrideProperty(), QVariant());
    QSettings().setValue(Translator::settingsKey(), QStringLiteral("en"));
    QCOMPARE(t.installPreferred(), Language::English);
}

void TstTranslator::reinstallSwitchesLanguage() {
    Translator t;
    t.install(QStringLiteral("fr"));
    QCOMPARE(frenchMarker(), QStringLiteral("français"));
    t.install(QStringLiteral("en"));
    QCOMPARE(frenchMarker(), QStringLiteral("French"));
    t.install(QStringLiteral("fr"));
    QCOMPARE(frenchMarker(), QStringLiteral("français"));
    {
        Translator second;
        second.install(QStringLiteral("fr"));
    }
    // Destroying another Translator leaves this one's catalogue installed.
    QCOMPARE(frenchMarker(), QStringLiteral("français"));
}

void TstTranslator::moneyFollowsLanguage() {
    Translator t;
    t.install(QStringLiteral("fr"));
    // fr_CA groups with a (narrow) no-break space and puts the dollar sign after the amount.
    QString fr = QLocale().toCurrencyString(1234.56);
    fr.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
    QCOMPARE(fr, QStringLiteral("1 234,56 $"));
    QCOMPARE(QLocale().toString(QDate(2025, 2, 28), QStringLiteral("d MMMM yyyy")),
             QStringLiteral("28 février 2025"));

    t.install(QStringLiteral("en"));
    QCOMPARE(QLocale().toCurrencyString(1234.56), QStringLiteral("$1,234.56"));
}

QTEST_GUILESS_MAIN(TstTranslator)
#include "tst_translator.moc"
