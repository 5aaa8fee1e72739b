#pragma once

#include <QList>
#include <QString>

#include <initializer_list>

class QAbstractButton;
class QAction;
class QWidget;

namespace adesk {

/// A pane's commands in the main window's menu bar (issue 17: "pane actions in menus and toolbars with
/// standard shortcuts"). A pane exposes its QActions here, in menu order; the main window shows them
/// in a menu named after the pane while the pane is current (MainWindow::buildPaneMenu). The actions
/// stay the pane's own: the menu does not copy them, so one key has one action.
///
/// A command a pane shows as a button gets its action from button(): the action takes the button's
/// text and explicit shortcut (the button keeps its mnemonic), clicks the button when triggered, and
/// follows the button — enabled only while the button is enabled and visible (a button on a hidden
/// tab of the pane has its menu entry greyed), checked with it.
namespace PaneActions {

/// Adds @p action to @p pane's menu actions (once). A separator action separates groups.
void expose(QWidget *pane, QAction *action);
/// A separator in @p pane's menu.
void separator(QWidget *pane);
/// The action of @p button (created on the first call, owned by the button), added to @p pane's menu.
/// @p text names it in the menu when the button's own text does not (a "◀" arrow).
QAction *button(QWidget *pane, QAbstractButton *button, const QString &text = {});
/// button() for each of @p buttons, in order.
void buttons(QWidget *pane, std::initializer_list<QAbstractButton *> buttons);
/// Brings @p action up to date with its button (enabled, checked, text) when it is a button's action.
void sync(QAction *action);
/// @p pane's menu actions, in order (the actions of panes nested in @p pane after its own), each
/// brought up to date with its button. Empty when the pane exposes none.
QList<QAction *> of(const QWidget *pane);

} // namespace PaneActions

} // namespace adesk
