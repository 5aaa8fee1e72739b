#pragma once

#include "models/compliance/verification.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace adesk {

/// The review queue's filters. Emits filterChanged() (text input debounced by 250 ms).
class QueueFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit QueueFilterBar(QWidget *parent = nullptr);

    QueueFilter filter() const;
    void setFilter(const QueueFilter &filter);
    /// Puts the keyboard focus in the search field (Ctrl+L).
    void focusSearch();

signals:
    void filterChanged(const adesk::QueueFilter &filter);

private:
    void emitChanged();

    QComboBox *m_status;
    QComboBox *m_type;
    QComboBox *m_entity;
    QComboBox *m_province;
    QCheckBox *m_expiring;
    QSpinBox *m_days;
    QLineEdit *m_search;
    QTimer m_debounce;
    bool m_blocking = false;
};

} // namespace adesk
