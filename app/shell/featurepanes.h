#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace adesk {

class Session;

/// A pane a feature adds to the main window for the roles that use it. The main window builds it
/// after its first paint (issue 19, warm launch): when its tab is first shown or MainWindow::pane()
/// asks for it, else when the window is idle (MainWindow::start()), so that a launch builds only
/// the pane it shows.
struct FeaturePane {
    QString objectName; ///< also the screenshot file suffix and the StateKeeper key, e.g. "bay-calendar"
    QString title;      ///< translated tab title
    /// Builds the pane with @p parent as its parent (the main window re-parents it into its tab).
    /// Called once. The pane starts loading when first shown, not when built.
    std::function<QWidget *(QWidget *parent)> create;
};

/// The panes of the features beyond the compliance review (bays, partnerships, earnings, T4A...)
/// that @p session's role may use, in tab order, not built yet. Each feature appends its block in
/// featurepanes.cpp.
QList<FeaturePane> createFeaturePanes(Session *session);

} // namespace adesk
