#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace adesk {

/// Chooses the user interface language and installs the matching translations on the application.
///
/// The choice comes, in order, from an explicit override (the `--lang` option, which the command
/// line stores in the application property `adeskLanguage`), the QSettings value `ui/language`
/// (`en`, `fr` or `system`), then the system locale. Any French locale (fr, fr_CA, fr_FR, fr_BE…)
/// selects Canadian French; anything else selects Canadian English.
///
/// French installs the embedded `:/i18n/autodoctor-desk_fr_CA.qm` and Qt's own `qtbase_fr`
/// messages (package qt6-translations-l10n) when they are available; English installs
/// `:/i18n/autodoctor-desk_en.qm` (plural forms only). In both cases QLocale::setDefault() is set to
/// the Canadian locale of that language so that money and dates read `1 234,56 $` / `$1,234.56`.
class Translator : public QObject {
    Q_OBJECT
public:
    enum class Language { English, French };
    Q_ENUM(Language)

    explicit Translator(QObject *parent = nullptr);
    ~Translator() override;

    /// The translator the application installed last (the main window switches the language
    /// through it), or null.
    static Translator *instance();

    /// QSettings key holding the user's choice: "en", "fr" or "system".
    static QString settingsKey() { return QStringLiteral("ui/language"); }
    /// Application property set by the `--lang` command-line option; wins over the setting.
    static const char *overrideProperty() { return "adeskLanguage"; }

    /// The language a choice ("en", "fr", "fr_CA", "system", empty…) selects on a system whose
    /// locale is `system`. Unknown choices behave like "system".
    static Language resolve(const QString &choice, const QLocale &system);
    /// Canadian locale of a language: en_CA or fr_CA.
    static QLocale localeFor(Language language);
    /// Suffix of the embedded .qm file: "en" or "fr_CA".
    static QString catalogSuffix(Language language);
    /// The language's name in the current user interface language (for a language menu).
    static QString languageName(Language language);

    /// Installs the language chosen by the override property, then the `ui/language` setting, then
    /// the system locale. Returns the language installed.
    Language installPreferred();
    /// Installs the language that `choice` selects on a system whose locale is `system`. Any
    /// translators this object installed before are removed first. Returns the language installed.
    Language install(const QString &choice, const QLocale &system = QLocale::system());
    /// Removes the translators this object installed (the default locale is left as it is).
    void uninstall();

    Language language() const { return m_language; }
    /// True when the application's own catalogue for the current language was loaded.
    bool appCatalogLoaded() const { return m_appLoaded; }
    /// True when Qt's own translations (qtbase_fr) were loaded.
    bool qtCatalogLoaded() const { return m_qtLoaded; }

private:
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    Language m_language = Language::English;
    bool m_appLoaded = false;
    bool m_qtLoaded = false;
};

} // namespace adesk
