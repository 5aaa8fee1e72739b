#pragma once

#include <QWidget>

class QShowEvent;

namespace adesk {

/// A pane whose controller starts (loads its models, subscribes to notifications) only when the user
/// first opens it: emits firstShown() on the pane's first show event, and never again.
class LazyPane : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Whether the pane has been shown (firstShown() was emitted).
    bool wasShown() const { return m_shown; }

signals:
    /// The pane was shown for the first time.
    void firstShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool m_shown = false;
};

} // namespace adesk
