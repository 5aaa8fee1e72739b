#include "views/compliance/auditlogpane.h"

#include "models/compliance/auditlogmodel.h"
#include "views/common/optionaldate.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace adesk {

AuditLogPane::AuditLogPane(AuditLogModel *model, QWidget *parent)
    : LazyPane(parent)
    , m_model(model) {
    auto *v = new QVBoxLayout(this);
    auto *filters = new QGridLayout;
    m_actor = new QLineEdit;
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setPlaceholderText(tr("Login role"));
    m_actor->setClearButtonEnabled(true);
    m_action = new QComboBox;
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("All actions"), QString());
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(18);
    m_table = new QLineEdit;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setPlaceholderText(tr("Table, e.g. compliance_verifications"));
    m_table->setClearButtonEnabled(true);
    m_rowId = new QLineEdit;
    m_rowId->setObjectName(QStringLiteral("auditRowId"));
    m_rowId->setPlaceholderText(tr("Row id"));
    m_rowId->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_rowId));
    m_rowId->setMaximumWidth(90);
    m_workshop = new QComboBox;
    m_workshop->setObjectName(QStringLiteral("auditWorkshop"));
    m_workshop->addItem(tr("All workshops"), qint64(0));
    m_workshop->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workshop->setMinimumContentsLength(18);
    m_from = makeOptionalDateEdit(QStringLiteral("auditFrom"));
    m_to = makeOptionalDateEdit(QStringLiteral("auditTo"));
    int col = 0;
    auto add = [&](int row, const QString &label, QWidget *w, int span = 1) {
        auto *l = new QLabel(label);
        l->setBuddy(w);
        filters->addWidget(l, row, col);
        filters->addWidget(w, row, col + 1, 1, span);
        return l;
    };
    add(0, tr("&Actor:"), m_actor);
    col = 2;
    add(0, tr("Ac&tion:"), m_action);
    col = 4;
    m_workshopLabel = add(0, tr("&Workshop:"), m_workshop, 2);
    col = 0;
    add(1, tr("&Entity:"), m_table);
    filters->addWidget(m_rowId, 1, 2);
    col = 3;
    auto *dates = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o:"));
    toLabel->setBuddy(m_to);
    dates->addWidget(fromLabel);
    dates->addWidget(m_from);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addStretch(1);
    filters->addLayout(dates, 1, 3, 1, 3);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 1);
    v->addLayout(filters);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("auditSplit"));
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    split->addWidget(m_view);
    m_detail = new QPlainTextEdit;
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a row to read its detail."));
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    v->addWidget(split, 1);

    auto *bottom = new QHBoxLayout;
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0); // the number of rows is not known before the end
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel export"));
    m_cancel->setObjectName(QStringLiteral("auditCancelExport"));
    m_cancel->setVisible(false);
    m_export = new QPushButton(tr("E&xport CSV…"));
    m_export->setObjectName(QStringLiteral("auditExport"));
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_export);
    v->addLayout(bottom);
    PaneActions::buttons(this, {m_export, m_cancel});

    auto changed = [this] { emit filterChanged(currentFilter()); };
    connect(m_actor, &QLineEdit::editingFinished, this, changed);
    connect(m_table, &QLineEdit::editingFinished, this, changed);
    connect(m_rowId, &QLineEdit::editingFinished, this, changed);
    connect(m_action, &QComboBox::currentIndexChanged, this, changed);
    connect(m_workshop, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPane::showDetail);
    connect(model, &QAbstractItemModel::modelReset, m_detail, &QPlainTextEdit::clear);
    connect(model, &KeysetPagedModel::pageLoaded, this, [this](int, bool first) {
        if (first)
            m_view->resizeColumnsToContents();
    });
    connect(model, &KeysetPagedModel::loadFailed, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_export, &QPushButton::clicked, this, &AuditLogPane::askExport);
    connect(m_cancel, &QPushButton::clicked, this, &AuditLogPane::exportCancelRequested);
}

AuditFilter AuditLogPane::currentFilter() const {
    AuditFilter f;
    f.actor = m_actor->text().trimmed();
    f.action = m_action->currentData().toString();
    f.tableName = m_table->text().trimmed();
    f.rowId = m_rowId->text().toLongLong();
    f.workshopId = m_workshop->currentData().toLongLong();
    f.from = optionalDateOf(m_from);
    f.to = optionalDateOf(m_to);
    return f;
}

void AuditLogPane::setFilter(const AuditFilter &f) {
    const QSignalBlocker b1(m_action), b2(m_workshop), b3(m_from), b4(m_to);
    m_actor->setText(f.actor);
    const int a = m_action->findData(f.action);
    m_action->setCurrentIndex(a >= 0 ? a : 0);
    m_table->setText(f.tableName);
    m_rowId->setText(f.rowId > 0 ? QString::number(f.rowId) : QString());
    const int w = m_workshop->findData(f.workshopId);
    m_workshop->setCurrentIndex(w >= 0 ? w : 0);
    setOptionalDate(m_from, f.from);
    setOptionalDate(m_to, f.to);
    emit filterChanged(currentFilter());
}

void AuditLogPane::setActions(const QStringList &actions) {
    const QString current = m_action->currentData().toString();
    const QSignalBlocker block(m_action);
    while (m_action->count() > 1)
        m_action->removeItem(1);
    for (const QString &a : actions)
        m_action->addItem(AuditLogModel::actionLabel(a), a);
    const int i = m_action->findData(current);
    m_action->setCurrentIndex(i >= 0 ? i : 0);
}

void AuditLogPane::setWorkshops(const QList<WorkshopRef> &workshops) {
    const qint64 current = m_workshop->currentData().toLongLong();
    const QSignalBlocker block(m_workshop);
    while (m_workshop->count() > 1)
        m_workshop->removeItem(1);
    for (const WorkshopRef &w : workshops)
        m_workshop->addItem(w.name, w.id);
    const int i = m_workshop->findData(current);
    m_workshop->setCurrentIndex(i >= 0 ? i : 0);
}

void AuditLogPane::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
    m_message->setText(text);
}

void AuditLogPane::setExporting(bool on) {
    m_progress->setVisible(on);
    m_cancel->setVisible(on);
    m_export->setEnabled(!on);
    if (on)
        showMessage(tr("Exporting…"), false);
}

void AuditLogPane::setWorkshopFilterVisible(bool on) {
    m_workshopLabel->setVisible(on);
    m_workshop->setVisible(on);
}

void AuditLogPane::askExport() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"),
                                                      QDir::home().filePath(QStringLiteral("audit-log.csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        emit exportRequested(currentFilter(), path);
}

void AuditLogPane::showDetail() {
    const QModelIndex i = m_view->currentIndex();
    const AuditEntry *e = m_model->rowAt(i.row());
    if (!e) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(tr("%1 by %2: %3")
                               .arg(i.siblingAtColumn(AuditLogModel::At).data().toString(), e->actor,
                                    AuditLogModel::actionLabel(e->action)) +
                           u'\n' + AuditLogModel::prettyDetail(e->detail));
}

} // namespace adesk
