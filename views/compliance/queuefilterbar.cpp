#include "views/compliance/queuefilterbar.h"

#include "models/compliance/verification.h"
#include "ui_queuefilterbar.h"

namespace adesk {

namespace vf = verification;

QueueFilterBar::QueueFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QueueFilterBar>()) {
    m_ui->setupUi(this);
    m_ui->statusFilter->addItem(tr("All statuses"), QString());
    for (auto s : {vf::Status::Pending, vf::Status::Approved, vf::Status::Rejected, vf::Status::Expired,
                   vf::Status::Superseded})
        m_ui->statusFilter->addItem(vf::statusLabel(s), vf::statusToSql(s));
    m_ui->statusFilter->setCurrentIndex(1);

    m_ui->typeFilter->addItem(tr("All documents"), QString());
    for (auto t : vf::allTypes())
        m_ui->typeFilter->addItem(vf::typeLabel(t), vf::typeToSql(t));

    m_ui->entityFilter->addItem(tr("Mechanics and workshops"), QString());
    for (auto e : {vf::EntityType::Mechanic, vf::EntityType::Workshop, vf::EntityType::MobileService})
        m_ui->entityFilter->addItem(vf::entityTypeLabel(e), vf::entityTypeToSql(e));

    m_ui->provinceFilter->addItem(tr("All provinces"), QString());
    for (const QString &p : vf::provinceCodes())
        m_ui->provinceFilter->addItem(p + QStringLiteral(" — ") + vf::provinceName(p), p);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &QueueFilterBar::emitChanged);
    for (QComboBox *c : {m_ui->statusFilter, m_ui->typeFilter, m_ui->entityFilter, m_ui->provinceFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &QueueFilterBar::emitChanged);
    connect(m_ui->expiringFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->expiringDays->setEnabled(on);
        emitChanged();
    });
    connect(m_ui->expiringDays, &QSpinBox::valueChanged, this, [this] {
        if (m_ui->expiringFilter->isChecked())
            m_debounce.start();
    });
    connect(m_ui->searchFilter, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
}

QueueFilterBar::~QueueFilterBar() = default;

QueueFilter QueueFilterBar::filter() const {
    QueueFilter f;
    f.status = m_ui->statusFilter->currentData().toString();
    f.verificationType = m_ui->typeFilter->currentData().toString();
    f.entityType = m_ui->entityFilter->currentData().toString();
    f.province = m_ui->provinceFilter->currentData().toString();
    f.expiringWithinDays = m_ui->expiringFilter->isChecked() ? m_ui->expiringDays->value() : -1;
    f.text = m_ui->searchFilter->text().trimmed();
    return f;
}

void QueueFilterBar::setFilter(const QueueFilter &f) {
    m_blocking = true;
    auto pick = [](QComboBox *c, const QString &v) {
        const int i = c->findData(v);
        c->setCurrentIndex(i < 0 ? 0 : i);
    };
    pick(m_ui->statusFilter, f.status);
    pick(m_ui->typeFilter, f.verificationType);
    pick(m_ui->entityFilter, f.entityType);
    pick(m_ui->provinceFilter, f.province);
    m_ui->expiringFilter->setChecked(f.expiringWithinDays >= 0);
    if (f.expiringWithinDays >= 0)
        m_ui->expiringDays->setValue(f.expiringWithinDays);
    m_ui->searchFilter->setText(f.text);
    m_blocking = false;
    m_debounce.stop();
}

void QueueFilterBar::focusSearch() {
    m_ui->searchFilter->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchFilter->selectAll();
}

void QueueFilterBar::emitChanged() {
    if (m_blocking)
        return;
    m_debounce.stop();
    emit filterChanged(filter());
}

} // namespace adesk
