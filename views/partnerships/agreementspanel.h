#pragma once

#include "models/common/party.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace adesk {

class AgreementListModel;

/// The workshop's agreements: generate the PDF (in the mechanic's language, or the other one),
/// print preview, record each side's acceptance. Emits intents only.
class AgreementsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AgreementsPanel(AgreementListModel *model, QWidget *parent = nullptr);
    void setReadOnly(bool readOnly);
    QTableView *view() const { return m_view; }
    /// "" = the agreement's own language, else "fr" / "en".
    QString language() const;

public slots:
    void showMessage(const QString &text, bool error);

signals:
    void generateRequested(qint64 agreementId);
    void previewRequested(qint64 agreementId, const QString &language);
    void acceptanceRequested(qint64 agreementId, int rowVersion, adesk::Party side,
                             const QString &acceptedBy);

private:
    void updateButtons();
    void askAcceptance(Party side);

    AgreementListModel *m_model;
    QTableView *m_view;
    QComboBox *m_language;
    QPushButton *m_generate;
    QPushButton *m_preview;
    QPushButton *m_workshop;
    QPushButton *m_mechanic;
    QLabel *m_message;
    bool m_readOnly = false;
    qint64 m_keep = 0; ///< the agreement selected before a reload
};

} // namespace adesk
