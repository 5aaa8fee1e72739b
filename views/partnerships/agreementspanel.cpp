#include "views/partnerships/agreementspanel.h"

#include "models/partnerships/agreementlistmodel.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace adesk {

AgreementsPanel::AgreementsPanel(AgreementListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model) {
    auto *v = new QVBoxLayout(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("agreementsView"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_view, 1);
    auto *row = new QHBoxLayout;
    m_language = new QComboBox;
    m_language->addItem(tr("Mechanic's language"), QString());
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_generate = new QPushButton(tr("&Generate document"));
    m_preview = new QPushButton(tr("Print pre&view…"));
    m_preview->setShortcut(QKeySequence::Print);
    m_workshop = new QPushButton(tr("&Accept for the workshop…"));
    m_workshop->setObjectName(QStringLiteral("acceptForWorkshop"));
    m_mechanicState = new QLabel;
    m_mechanicState->setObjectName(QStringLiteral("mechanicAcceptance"));
    m_mechanicState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_language);
    row->addWidget(m_preview);
    row->addWidget(m_generate);
    row->addStretch(1);
    row->addWidget(m_mechanicState);
    row->addWidget(m_workshop);
    v->addLayout(row);
    PaneActions::buttons(this, {m_preview, m_generate, m_workshop});
    m_message = new QLabel;
    m_message->setWordWrap(true);
    v->addWidget(m_message);

    auto current = [this]() -> const AgreementRow * { return m_model->rowAt(m_view->currentIndex().row()); };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgreementsPanel::updateButtons);
    // A reload keeps the selected agreement (or selects the first).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keep = m_view->currentIndex().data(AgreementListModel::IdRole).toLongLong(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgreementsPanel::selectAfterLoad);
    connect(m_generate, &QPushButton::clicked, this, [this, current] {
        if (const AgreementRow *a = current())
            emit generateRequested(a->id);
    });
    connect(m_preview, &QPushButton::clicked, this, [this, current] {
        if (const AgreementRow *a = current())
            emit previewRequested(a->id, language());
    });
    connect(m_workshop, &QPushButton::clicked, this, &AgreementsPanel::askWorkshopAcceptance);
    updateButtons();
}

QString AgreementsPanel::language() const {
    return m_language->currentData().toString();
}

void AgreementsPanel::askWorkshopAcceptance() {
    const AgreementRow *a = m_model->rowAt(m_view->currentIndex().row());
    if (!a)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Accept for the workshop"),
        tr("Accept the agreement with %1 for your workshop? It is recorded under your name, at the "
           "server's time.")
            .arg(a->mechanicName));
    if (answer == QMessageBox::Yes)
        emit workshopAcceptanceRequested(a->id, a->rowVersion);
}

void AgreementsPanel::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateButtons();
}

void AgreementsPanel::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
    m_message->setText(text);
}

void AgreementsPanel::updateButtons() {
    const AgreementRow *a = m_model->rowAt(m_view->currentIndex().row());
    const bool live = a && a->status == PartnershipStatus::Active;
    m_preview->setEnabled(a);
    m_generate->setEnabled(!m_readOnly && a && a->documentId == 0);
    m_workshop->setEnabled(!m_readOnly && live && a->documentId > 0 && !a->workshopAcceptedAt.isValid());
    m_mechanicState->setText(a ? AgreementListModel::mechanicAcceptanceText(*a, true) : QString());
}

void AgreementsPanel::selectAfterLoad() {
    if (m_model->rowCount() > 0) {
        const int row = m_model->rowOfId(m_keep);
        m_view->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    }
    m_view->resizeColumnsToContents();
    updateButtons();
}

} // namespace adesk
