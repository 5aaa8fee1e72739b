#pragma once

#include "models/compliance/requirementtypes.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace adesk {

/// The entity's checklist beside the document under review (issue 15): every required item with
/// its state in words and a symbol (never colour alone: ✓ approved, ⚠ expiring, … pending, ✗
/// rejected, ⌛ expired, ○ missing), the verification behind it, and what approving the open one
/// changes. Filled by the controller (app/compliance/checklistcontroller); shows, never loads.
class ChecklistPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistPanel(QWidget *parent = nullptr);

    /// The items and effect for the verification the pane shows (its id in @p checklist).
    void setChecklist(const Checklist &checklist);
    /// "Loading…" while a new item's checklist is read (the previous one stays greyed out).
    void setLoading(qint64 verificationId);
    void showError(const QString &text);
    void clear();

    qint64 verificationId() const { return m_verificationId; }
    /// The sentence under the list (for tests).
    QString effectText() const;
    /// One "label: state" line per item, in order (for tests).
    QStringList itemTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QLabel *m_title;
    QWidget *m_items;
    QVBoxLayout *m_itemsLayout;
    QLabel *m_effect;
    QLabel *m_status;
    qint64 m_verificationId = 0;
    std::optional<Checklist> m_checklist;
};

} // namespace adesk
