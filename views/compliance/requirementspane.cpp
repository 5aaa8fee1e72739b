#include "views/compliance/requirementspane.h"

#include "models/compliance/requirementrulesmodel.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace adesk {

namespace {
void fillProvinces(QComboBox *box, const QString &allText) {
    const QVariant current = box->currentData();
    box->clear();
    box->addItem(allText, QString());
    for (const QString &code : verification::provinceCodes())
        box->addItem(QStringLiteral("%1 — %2").arg(code, verification::provinceName(code)), code);
    const int i = box->findData(current);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

void fillPaths(QComboBox *box, const QString &allText) {
    const QVariant current = box->currentData();
    box->clear();
    if (!allText.isEmpty())
        box->addItem(allText, -1);
    for (RequirementPath p : allValues<RequirementPath>())
        box->addItem(labelOf(p), int(p));
    const int i = box->findData(current);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

QDateEdit *dateEdit(QWidget *parent) {
    auto *d = new QDateEdit(parent);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->setDate(QDate::currentDate());
    return d;
}
} // namespace

RequirementsPane::RequirementsPane(RequirementRulesModel *model, QWidget *parent)
    : LazyPane(parent)
    , m_model(model) {
    setObjectName(QStringLiteral("requirementsPane"));
    m_provinceLabel = new QLabel(this);
    m_province = new QComboBox(this);
    m_province->setObjectName(QStringLiteral("provinceFilter"));
    m_whoLabel = new QLabel(this);
    m_who = new QComboBox(this);
    m_who->setObjectName(QStringLiteral("pathFilter"));
    m_onLabel = new QLabel(this);
    m_on = dateEdit(this);
    m_on->setObjectName(QStringLiteral("inEffectOn"));
    m_every = new QCheckBox(this);
    m_every->setObjectName(QStringLiteral("everyRule"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_addTitle = new QLabel(this);
    QFont bold = m_addTitle->font();
    bold.setBold(true);
    m_addTitle->setFont(bold);
    m_addProvince = new QComboBox(this);
    m_addProvince->setObjectName(QStringLiteral("addProvince"));
    m_addWho = new QComboBox(this);
    m_addWho->setObjectName(QStringLiteral("addPath"));
    m_addType = new QComboBox(this);
    m_addType->setObjectName(QStringLiteral("addType"));
    m_addFrom = dateEdit(this);
    m_addFrom->setObjectName(QStringLiteral("addFrom"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addRule"));
    m_endLabel = new QLabel(this);
    m_endFrom = dateEdit(this);
    m_endFrom->setObjectName(QStringLiteral("endFrom"));
    m_end = new QPushButton(this);
    m_end->setObjectName(QStringLiteral("endRule"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("requirementsMessage"));
    m_message->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_provinceLabel);
    filters->addWidget(m_province);
    filters->addWidget(m_whoLabel);
    filters->addWidget(m_who);
    filters->addWidget(m_onLabel);
    filters->addWidget(m_on);
    filters->addWidget(m_every);
    filters->addStretch(1);

    auto *add = new QHBoxLayout;
    add->addWidget(m_addTitle);
    add->addWidget(m_addProvince);
    add->addWidget(m_addWho);
    add->addWidget(m_addType, 1);
    add->addWidget(m_addFrom);
    add->addWidget(m_add);
    auto *end = new QHBoxLayout;
    end->addWidget(m_endLabel);
    end->addWidget(m_endFrom);
    end->addWidget(m_end);
    end->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(end);
    layout->addLayout(add);
    layout->addWidget(m_message);

    retranslate();

    connect(m_province, &QComboBox::currentIndexChanged, this, &RequirementsPane::applyFilter);
    connect(m_who, &QComboBox::currentIndexChanged, this, &RequirementsPane::applyFilter);
    connect(m_on, &QDateEdit::dateChanged, this, [this] { emit dateChanged(shownDate()); });
    connect(m_every, &QCheckBox::toggled, this, [this](bool every) {
        m_on->setEnabled(!every);
        emit dateChanged(shownDate());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequirementsPane::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &RequirementsPane::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        emit addRequested(m_addProvince->currentData().toString(),
                          RequirementPath(m_addWho->currentData().toInt()),
                          verification::Type(m_addType->currentData().toInt()), m_addFrom->date());
    });
    connect(m_end, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentRule())
            emit endRequested(id, m_endFrom->date());
    });
    updateButtons();
    PaneActions::buttons(this, {m_add, m_end});
}

void RequirementsPane::retranslate() {
    m_provinceLabel->setText(tr("Province:"));
    m_whoLabel->setText(tr("Who:"));
    m_onLabel->setText(tr("In effect on:"));
    m_every->setText(tr("Every rule"));
    m_every->setToolTip(tr("Past and future rules too"));
    fillProvinces(m_province, tr("All provinces"));
    fillPaths(m_who, tr("Everyone"));
    m_addTitle->setText(tr("Add a rule:"));
    fillProvinces(m_addProvince, tr("Every province"));
    fillPaths(m_addWho, QString());
    const QVariant type = m_addType->currentData();
    m_addType->clear();
    for (verification::Type t : verification::allTypes())
        m_addType->addItem(verification::typeLabel(t), int(t));
    m_addType->setCurrentIndex(std::max(0, m_addType->findData(type)));
    m_addFrom->setToolTip(tr("Takes effect on this date (today or later)"));
    m_add->setText(tr("Add from this date"));
    m_endLabel->setText(tr("End the selected rule from:"));
    m_endFrom->setToolTip(tr("The rule no longer applies on this date (today or later)"));
    m_end->setText(tr("End rule"));
}

void RequirementsPane::changeEvent(QEvent *event) {
    LazyPane::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

QDate RequirementsPane::shownDate() const {
    return m_every->isChecked() ? QDate() : m_on->date();
}

qint64 RequirementsPane::currentRule() const {
    const QModelIndex i = m_table->selectionModel()->currentIndex();
    if (!i.isValid() || !m_table->selectionModel()->isRowSelected(i.row(), {}))
        return 0;
    return m_model->index(i.row(), 0).data(RequirementRulesModel::IdRole).toLongLong();
}

void RequirementsPane::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
    m_message->setText(text);
}

void RequirementsPane::setEditFloor(const QDate &floor) {
    if (!floor.isValid())
        return;
    for (QDateEdit *d : {m_addFrom, m_endFrom}) {
        d->setMinimumDate(floor);
        if (d->date() < floor)
            d->setDate(floor);
    }
}

void RequirementsPane::applyFilter() {
    const int who = m_who->currentData().toInt();
    m_model->setFilter(m_province->currentData().toString(),
                       who < 0 ? std::nullopt : std::optional<RequirementPath>(RequirementPath(who)));
}

void RequirementsPane::updateButtons() {
    const qint64 id = currentRule();
    bool endable = false;
    if (id) {
        const QModelIndex i = m_table->selectionModel()->currentIndex();
        endable = m_model->index(i.row(), 0).data(RequirementRulesModel::EndableRole).toBool();
    }
    m_end->setEnabled(endable);
}

} // namespace adesk
