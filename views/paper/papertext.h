#pragma once

#include <QString>

namespace adesk {

/// The documents' strings (statements, T4A slips and summary, agreements, day sheets) come from the
/// application's one catalogue, in the document's language, which is the recipient's and not
/// necessarily the interface's: a QTranslator per language ("en" | "fr") loaded from the embedded
/// `:/i18n/autodoctor-desk_<en|fr_CA>.qm`, never the one installed on the application. Sources are
/// marked with QT_TRANSLATE_NOOP("Paper", …) so that lupdate puts them in the catalogue.
/// Thread-safe (documents render on worker threads): the translators are loaded once and only read.
class PaperText {
public:
    static constexpr const char *kContext = "Paper";

    /// @p source ("Paper" context) in @p language; the source itself when the catalogue lacks it.
    static QString translate(const QString &language, const char *source,
                             const char *disambiguation = nullptr, int n = -1);
    /// True when the catalogue of @p language could be loaded (the resource is linked in).
    static bool catalogueLoaded(const QString &language);
};

} // namespace adesk
