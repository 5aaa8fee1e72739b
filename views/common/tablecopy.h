#pragma once

#include <QString>

class QAbstractItemView;
class QAction;
class QWidget;

namespace adesk {

/// Copy from a table, as desktop applications do it: Ctrl+C (QKeySequence::Copy) and a "Copy"
/// entry in the table's context menu put the selected rows on the clipboard as tab-separated text,
/// a first line with the visible columns' headers, columns in the order the user sees them.
namespace TableCopy {

/// The selected rows of @p view as tab-separated text with a header line (empty: nothing selected).
/// Tabs and line breaks inside a cell become spaces.
QString selectedText(const QAbstractItemView *view);

/// Gives @p view its Copy action (once): the standard Copy shortcut while the view has the focus,
/// and the action in its context menu (a view without one gets an actions context menu). Returns
/// the action.
QAction *install(QAbstractItemView *view);

/// install() on every table and tree view under @p root.
void installAll(QWidget *root);

} // namespace TableCopy

} // namespace adesk
