#pragma once

#include "models/compliance/verification.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace adesk {

namespace Ui {
class QueueFilterBar;
}

/// The review queue's filters (form: ui/queuefilterbar.ui). Emits filterChanged() (text input
/// debounced by 250 ms).
class QueueFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit QueueFilterBar(QWidget *parent = nullptr);
    ~QueueFilterBar() override;

    QueueFilter filter() const;
    void setFilter(const QueueFilter &filter);
    /// Puts the keyboard focus in the search field (Ctrl+L).
    void focusSearch();

signals:
    void filterChanged(const adesk::QueueFilter &filter);

private:
    void emitChanged();

    std::unique_ptr<Ui::QueueFilterBar> m_ui;
    QTimer m_debounce;
    bool m_blocking = false;
};

} // namespace adesk
