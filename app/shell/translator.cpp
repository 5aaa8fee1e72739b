#include "app/shell/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace adesk {

namespace {
Translator *g_instance = nullptr;
}

Translator::Translator(QObject *parent)
    : QObject(parent) {
    g_instance = this;
}

Translator::~Translator() {
    uninstall();
    if (g_instance == this)
        g_instance = nullptr;
}

Translator *Translator::instance() {
    return g_instance;
}

Translator::Language Translator::resolve(const QString &choice, const QLocale &system) {
    const QString c = choice.trimmed().toLower();
    if (c == u"en" || c.startsWith(u"en_") || c.startsWith(u"en-"))
        return Language::English;
    if (c == u"fr" || c.startsWith(u"fr_") || c.startsWith(u"fr-"))
        return Language::French;
    // "system", empty or unknown: follow the system locale.
    return system.language() == QLocale::French ? Language::French : Language::English;
}

QLocale Translator::localeFor(Language language) {
    return language == Language::French ? QLocale(QLocale::French, QLocale::Canada)
                                        : QLocale(QLocale::English, QLocale::Canada);
}

QString Translator::catalogSuffix(Language language) {
    return language == Language::French ? QStringLiteral("fr_CA") : QStringLiteral("en");
}

QString Translator::languageName(Language language) {
    return language == Language::French ? tr("French", "language name") : tr("English", "language name");
}

Translator::Language Translator::installPreferred() {
    QString choice;
    if (const QCoreApplication *app = QCoreApplication::instance())
        choice = app->property(overrideProperty()).toString();
    if (choice.trimmed().isEmpty())
        choice = QSettings().value(settingsKey(), QStringLiteral("system")).toString();
    return install(choice, QLocale::system());
}

Translator::Language Translator::install(const QString &choice, const QLocale &system) {
    uninstall();
    m_language = resolve(choice, system);
    const QLocale locale = localeFor(m_language);
    QLocale::setDefault(locale);

    m_app = new QTranslator(this);
    m_appLoaded = m_app->load(QStringLiteral(":/i18n/autodoctor-desk_%1.qm").arg(catalogSuffix(m_language)));
    if (m_appLoaded)
        QCoreApplication::installTranslator(m_app);

    if (m_language == Language::French) {
        // Standard dialog buttons, QLineEdit context menus…: Qt's own catalogue, looked up as
        // qtbase_fr_CA then qtbase_fr in Qt's translations directory.
        m_qt = new QTranslator(this);
        m_qtLoaded = m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (m_qtLoaded)
            QCoreApplication::installTranslator(m_qt);
    }
    return m_language;
}

void Translator::uninstall() {
    for (QTranslator **t : {&m_app, &m_qt}) {
        if (*t) {
            if (QCoreApplication::instance())
                QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    m_appLoaded = false;
    m_qtLoaded = false;
}

} // namespace adesk
