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
/// print preview, accept for the workshop (the signed-in owner, at the server's time). The
/// mechanic's acceptance is only shown: the mechanic accepts on the web platform, never at the desk.
/// Emits intents only.
class AgreementsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AgreementsPanel(AgreementListModel *model, QWidget *parent = nullptr);
    void setReadOnly(bool readOnly);
    QTableView *view() const { return m_view; }
    /// "" = the agreement's own language, else "fr" / "en".
    QString language() const;

public slots:
    /// Selects the agreement selected before the last reload, or the first: what a reload of the
    /// model does; also called by a controller that wires this panel to a model loaded before.
    void selectAfterLoad();
    void showMessage(const QString &text, bool error);

signals:
    void generateRequested(qint64 agreementId);
    void previewRequested(qint64 agreementId, const QString &language);
    /// The owner accepts the agreement for their workshop (after confirming).
    void workshopAcceptanceRequested(qint64 agreementId, int rowVersion);

private:
    void updateButtons();
    void askWorkshopAcceptance();

    AgreementListModel *m_model;
    QTableView *m_view;
    QComboBox *m_language;
    QPushButton *m_generate;
    QPushButton *m_preview;
    QPushButton *m_workshop;
    QLabel *m_mechanicState; ///< the mechanic's acceptance, as recorded by the platform
    QLabel *m_message;
    bool m_readOnly = false;
    qint64 m_keep = 0; ///< the agreement selected before a reload
};

} // namespace adesk
