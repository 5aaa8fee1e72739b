#include "views/paper/papertext.h"

#include <QTranslator>

namespace adesk {

namespace {

const QTranslator *translatorFor(const QString &language) {
    // Loaded on first use from whichever thread renders first; read-only afterwards.
    static const QTranslator *const fr = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/autodoctor-desk_fr_CA.qm")))
            qWarning("PaperText: the French catalogue is not linked in; documents fall back to English");
        return t;
    }();
    static const QTranslator *const en = [] {
        auto *t = new QTranslator;
        (void)t->load(QStringLiteral(":/i18n/autodoctor-desk_en.qm")); // plural forms only
        return t;
    }();
    return language.startsWith(u"fr") ? fr : en;
}

} // namespace

QString PaperText::translate(const QString &language, const char *source, const char *disambiguation, int n) {
    QString out = translatorFor(language)->translate(kContext, source, disambiguation, n);
    if (out.isEmpty())
        out = QString::fromUtf8(source);
    if (n >= 0)
        out.replace(QStringLiteral("%n"), QString::number(n));
    return out;
}

bool PaperText::catalogueLoaded(const QString &language) {
    return !translatorFor(language)->isEmpty();
}

} // namespace adesk
