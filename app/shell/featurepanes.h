#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace adesk {

class Session;

/// A pane a feature adds to the main window for the roles that use it.
struct FeaturePane {
    QString objectName; ///< also the screenshot file suffix, e.g. "bay-calendar"
    QString title;      ///< translated tab title
    QWidget *widget;    ///< owned by the main window once added
};

/// Builds the panes of the features beyond the compliance review (bays, partnerships, earnings,
/// T4A) that @p session's role may use. Each feature appends its block in featurepanes.cpp. A
/// pane starts loading when first shown.
QList<FeaturePane> createFeaturePanes(Session *session, QWidget *parent);

} // namespace adesk
