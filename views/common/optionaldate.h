#pragma once

#include <QDate>

class QDateEdit;
class QString;

namespace adesk {

/// A date filter that may be left empty: a calendar-popup QDateEdit named @p objectName showing
/// "any" (translated) until a date is picked. Read it with optionalDateOf().
QDateEdit *makeOptionalDateEdit(const QString &objectName);

/// The date picked in an edit made by makeOptionalDateEdit(); a null QDate while it shows "any".
QDate optionalDateOf(const QDateEdit *edit);

/// Shows @p date in @p edit, or "any" when @p date is null.
void setOptionalDate(QDateEdit *edit, const QDate &date);

} // namespace adesk
