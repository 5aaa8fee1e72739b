#pragma once

#include "models/compliance/verification.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace adesk {

namespace Ui {
class DecisionPanel;
}

/// Beside the document: the verification's fields (editable before deciding), the document's
/// integrity data, a note, a rejection reason and the three decisions (form:
/// ui/decisionpanel.ui). Never writes: it emits intents that the controller turns into
/// desk.decide_verification calls.
///
/// The typed note is kept per verification id while the app runs, so reloading after a conflict,
/// a lost connection or moving away and back loses nothing.
class DecisionPanel : public QWidget {
    Q_OBJECT
public:
    enum class MessageKind { Info, Success, Warning, Error };

    explicit DecisionPanel(QWidget *parent = nullptr);
    ~DecisionPanel() override;

    /// Shows @p detail. When the same id is shown again (a reload), typed field edits are replaced
    /// by the database's values only if @p keepEdits is false; the note is always kept.
    void setDetail(const VerificationDetail &detail, bool keepEdits = false);
    void clear(const QString &placeholder = {});
    void setReasons(const QList<RejectionReason> &reasons);
    /// Read-only mode: for workshop owners, and while another admin holds the claim.
    void setDecisionsEnabled(bool enabled, const QString &why = {});
    /// Workshop owners: the decision controls are hidden, the fields shown read-only.
    void setReadOnly(bool readOnly);
    void setBusy(bool busy);
    void showMessage(const QString &text, MessageKind kind);
    void setClaimText(const QString &text);
    void setDocumentIntegrity(bool sha256Matches);
    /// While @p needs, approving @p id asks for a second admin's approval instead (secondApprovalRequested).
    void setApprovalNeedsOverride(qint64 id, bool needs);
    /// Forgets the draft note of @p id (after a successful decision).
    void forgetDraft(qint64 id);

    qint64 currentId() const { return m_detail.id; }
    const VerificationDetail &detail() const { return m_detail; }
    VerificationFields fields() const;
    QString note() const;
    QString reasonCode() const;
    QString messageText() const;

public slots:
    void approve();
    void reject();
    void requestInfo();

signals:
    void approveRequested(qint64 id, int version, const QString &note,
                          const adesk::VerificationFields &fields);
    void rejectRequested(qint64 id, int version, const QString &reasonCode, const QString &note,
                         const adesk::VerificationFields &fields);
    void requestInfoRequested(qint64 id, int version, const QString &note);
    void secondApprovalRequested(qint64 id);

private:
    bool validateFields(QString *problem) const;
    void updateButtons();
    void showIntegrity();

    VerificationDetail m_detail;
    QHash<qint64, QString> m_drafts;
    bool m_decisionsEnabled = true;
    bool m_busy = false;
    qint64 m_integrityDocumentId = 0; ///< document whose sha256 was checked against its bytes
    bool m_integrityOk = false;
    qint64 m_overrideNeededFor = 0;
    QString m_approveText;

    std::unique_ptr<Ui::DecisionPanel> m_ui;
};

} // namespace adesk
