#include "views/common/rowmenu.h"

#include "views/common/paneactions.h"
#include "views/common/tablecopy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMenu>
#include <QPointer>

namespace adesk::RowMenu {

void install(QAbstractItemView *view, const QList<QAction *> &rowActions,
             const QList<QAction *> &areaActions) {
    // Copy is added (TableCopy) to the view's actions for its shortcut; the menu is built here.
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QList<QPointer<QAction>> onRow(rowActions.begin(), rowActions.end());
    QList<QPointer<QAction>> onArea(areaActions.begin(), areaActions.end());
    QObject::connect(
        view, &QWidget::customContextMenuRequested, view, [view, onRow, onArea](const QPoint &pos) {
            const QModelIndex at = view->indexAt(pos);
            if (at.isValid() && at != view->currentIndex())
                view->setCurrentIndex(at); // the buttons follow the row before the menu reads them
            auto *menu = new QMenu(view);
            menu->setObjectName(QStringLiteral("rowMenu"));
            menu->setAttribute(Qt::WA_DeleteOnClose);
            for (const QPointer<QAction> &a : at.isValid() ? onRow : onArea) {
                if (!a)
                    continue;
                PaneActions::sync(a);
                if (a->isSeparator() || a->isVisible())
                    menu->addAction(a);
            }
            if (QAction *copy =
                    view->findChild<QAction *>(QStringLiteral("copyRows"), Qt::FindDirectChildrenOnly)) {
                if (!menu->isEmpty())
                    menu->addSeparator();
                menu->addAction(copy);
            }
            if (menu->isEmpty()) {
                delete menu;
                return;
            }
            menu->popup(view->viewport()->mapToGlobal(pos));
        });
}

} // namespace adesk::RowMenu
