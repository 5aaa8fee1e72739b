#include "views/common/lazypane.h"

namespace adesk {

void LazyPane::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        emit firstShown();
    }
}

} // namespace adesk
