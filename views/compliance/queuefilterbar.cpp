#include "views/compliance/queuefilterbar.h"

#include "models/compliance/verification.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace adesk {

namespace vf = verification;

QueueFilterBar::QueueFilterBar(QWidget *parent)
    : QWidget(parent) {
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (auto s : {vf::Status::Pending, vf::Status::Approved, vf::Status::Rejected, vf::Status::Expired})
        m_status->addItem(vf::statusLabel(s), vf::statusToSql(s));
    m_status->setCurrentIndex(1);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->addItem(tr("All documents"), QString());
    for (auto t : {vf::Type::BusinessLicense, vf::Type::Insurance, vf::Type::Zoning, vf::Type::Certification,
                   vf::Type::Employment, vf::Type::Ownership})
        m_type->addItem(vf::typeLabel(t), vf::typeToSql(t));

    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entityFilter"));
    m_entity->addItem(tr("Mechanics and workshops"), QString());
    for (auto e : {vf::EntityType::Mechanic, vf::EntityType::Workshop, vf::EntityType::MobileService})
        m_entity->addItem(vf::entityTypeLabel(e), vf::entityTypeToSql(e));

    m_province = new QComboBox(this);
    m_province->setObjectName(QStringLiteral("provinceFilter"));
    m_province->addItem(tr("All provinces"), QString());
    for (const QString &p : vf::provinceCodes())
        m_province->addItem(p + QStringLiteral(" — ") + vf::provinceName(p), p);

    m_expiring = new QCheckBox(tr("Expiring within"), this);
    m_expiring->setObjectName(QStringLiteral("expiringFilter"));
    m_days = new QSpinBox(this);
    m_days->setRange(0, 365);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_days->setEnabled(false);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchFilter"));
    m_search->setPlaceholderText(tr("Search name, licence or policy number (Ctrl+L)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 2);
    row->addWidget(m_status);
    row->addWidget(m_type);
    row->addWidget(m_entity);
    row->addWidget(m_province);
    row->addWidget(m_expiring);
    row->addWidget(m_days);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &QueueFilterBar::emitChanged);
    for (QComboBox *c : {m_status, m_type, m_entity, m_province})
        connect(c, &QComboBox::currentIndexChanged, this, &QueueFilterBar::emitChanged);
    connect(m_expiring, &QCheckBox::toggled, this, [this](bool on) {
        m_days->setEnabled(on);
        emitChanged();
    });
    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        if (m_expiring->isChecked())
            m_debounce.start();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
}

QueueFilter QueueFilterBar::filter() const {
    QueueFilter f;
    f.status = m_status->currentData().toString();
    f.verificationType = m_type->currentData().toString();
    f.entityType = m_entity->currentData().toString();
    f.province = m_province->currentData().toString();
    f.expiringWithinDays = m_expiring->isChecked() ? m_days->value() : -1;
    f.text = m_search->text().trimmed();
    return f;
}

void QueueFilterBar::setFilter(const QueueFilter &f) {
    m_blocking = true;
    auto pick = [](QComboBox *c, const QString &v) {
        const int i = c->findData(v);
        c->setCurrentIndex(i < 0 ? 0 : i);
    };
    pick(m_status, f.status);
    pick(m_type, f.verificationType);
    pick(m_entity, f.entityType);
    pick(m_province, f.province);
    m_expiring->setChecked(f.expiringWithinDays >= 0);
    if (f.expiringWithinDays >= 0)
        m_days->setValue(f.expiringWithinDays);
    m_search->setText(f.text);
    m_blocking = false;
    m_debounce.stop();
}

void QueueFilterBar::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QueueFilterBar::emitChanged() {
    if (m_blocking)
        return;
    m_debounce.stop();
    emit filterChanged(filter());
}

} // namespace adesk
