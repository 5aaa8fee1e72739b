#pragma once

#include <QList>

class QAbstractItemView;
class QAction;

namespace adesk {

/// A table's context menu with its rows' commands (issue 17: "context menus where a right click is
/// natural"). A right click first makes the row under the cursor current (and selected), so the
/// pane's buttons follow it; the menu then shows @p rowActions — the pane's own actions, usually
/// PaneActions::button's, so a menu entry is enabled exactly when its button is and does what the
/// button does — then the table's Copy (TableCopy). A right click on no row shows @p areaActions
/// (adding a row, importing) and Copy.
///
/// The menu is a child of the view named "rowMenu" (deleted when it closes).
namespace RowMenu {

void install(QAbstractItemView *view, const QList<QAction *> &rowActions,
             const QList<QAction *> &areaActions = {});

} // namespace RowMenu

} // namespace adesk
