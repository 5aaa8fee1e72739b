#include "views/common/toolbarnames.h"

#include <QCoreApplication>
#include <QToolBar>
#include <QToolButton>

namespace adesk {

void nameToolBarOverflow(QToolBar *bar) {
    // QToolBarLayout creates it with the tool bar, under this name (Qt's own, stable since Qt 4).
    auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    if (!more)
        return;
    const QString name = QCoreApplication::translate("adesk::ToolBar", "More tools");
    more->setAccessibleName(name);
    more->setToolTip(name);
}

} // namespace adesk
