#pragma once

#include "models/compliance/overridetypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace adesk {

/// Under the decision panel (issue 15, "Re-uploads" and "Overrides"): whether the document is
/// flagged "potentially edited" (with "Flag as potentially edited…"), and the earlier submissions of
/// the same requirement beside this one, field by field (previous | this one; a changed value is
/// bold and in the warning colour, and marked "changed", so colour is never the only sign), with
/// "Open in viewer" for the earlier submission's document. Emits intents only.
class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    /// Shows @p history (oldest first) of verification @p currentId; @p overrideApproved says a
    /// second admin allowed approving it although flagged.
    void setHistory(qint64 currentId, const QList<adesk::HistoryEntry> &history, bool overrideApproved);
    void clear();
    void setFlaggingEnabled(bool enabled);
    QTableWidget *table() const { return m_table; }
    QComboBox *previousChoice() const { return m_previous; }

signals:
    void flagRequested(qint64 verificationId, const QString &reason);
    void openDocumentRequested(qint64 documentId);

private:
    /// Shows the comparison (an earlier submission exists) or only the chooser line.
    void showComparison(bool show);
    void askFlag();
    void compare();

    qint64 m_currentId = 0;
    QList<HistoryEntry> m_history;
    QLabel *m_flag;
    QPushButton *m_flagButton;
    QComboBox *m_previous;
    QTableWidget *m_table;
    QPushButton *m_open;
    bool m_flaggingEnabled = true;
};

} // namespace adesk
