#include "views/common/pluralsuffix.h"

#include <QSpinBox>

namespace adesk {

void setPluralSuffix(QSpinBox *box, const std::function<QString(int)> &suffixOf) {
    box->setSuffix(suffixOf(box->value()));
    QObject::connect(box, &QSpinBox::valueChanged, box,
                     [box, suffixOf](int n) { box->setSuffix(suffixOf(n)); });
}

} // namespace adesk
