#include "views/common/optionaldate.h"

#include <QDateEdit>
#include <QObject>

namespace adesk {

namespace {
/// The minimum date stands for "no date": QDateEdit shows its special value text there.
const QDate kAnyDate(2000, 1, 1);
} // namespace

QDateEdit *makeOptionalDateEdit(const QString &objectName) {
    auto *d = new QDateEdit;
    d->setObjectName(objectName);
    d->setCalendarPopup(true);
    d->setMinimumDate(kAnyDate);
    d->setSpecialValueText(QObject::tr("any"));
    d->setDate(kAnyDate);
    return d;
}

QDate optionalDateOf(const QDateEdit *edit) {
    return edit->date() == kAnyDate ? QDate() : edit->date();
}

void setOptionalDate(QDateEdit *edit, const QDate &date) {
    edit->setDate(date.isValid() ? date : kAnyDate);
}

} // namespace adesk
