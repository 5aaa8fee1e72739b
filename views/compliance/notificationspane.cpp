#include "views/compliance/notificationspane.h"

#include "models/compliance/notificationlogmodel.h"
#include "models/compliance/verification.h"
#include "views/common/optionaldate.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace adesk {

NotificationsPane::NotificationsPane(NotificationLogModel *model, QWidget *parent)
    : LazyPane(parent)
    , m_model(model) {
    auto *v = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("notificationTabs"));
    m_tabs->addTab(buildSentTab(), tr("Sent"));
    m_tabs->addTab(buildComposeTab(), tr("Bulk notice"));
    v->addWidget(m_tabs, 1);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("notificationsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_message);
    PaneActions::buttons(this, {m_template, m_send});
    setDraft(BulkNoticeDraft::workshopAffiliationTemplate());
}

QWidget *NotificationsPane::buildSentTab() {
    auto *w = new QWidget;
    auto *v = new QVBoxLayout(w);
    auto *filters = new QHBoxLayout;
    m_recipient = new QLineEdit;
    m_recipient->setObjectName(QStringLiteral("notificationRecipient"));
    m_recipient->setPlaceholderText(tr("Recipient's name"));
    m_recipient->setClearButtonEnabled(true);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("notificationType"));
    m_type->addItem(tr("All types"), QString());
    for (const char *t : {"bulk_notice", "verification_approved", "verification_rejected",
                          "verification_info_requested", "verification_expired"})
        m_type->addItem(NotificationLogModel::typeLabel(QString::fromLatin1(t)), QString::fromLatin1(t));
    m_from = makeOptionalDateEdit(QStringLiteral("notificationFrom"));
    m_to = makeOptionalDateEdit(QStringLiteral("notificationTo"));
    auto *recipientLabel = new QLabel(tr("&Recipient:"));
    recipientLabel->setBuddy(m_recipient);
    auto *typeLabel = new QLabel(tr("T&ype:"));
    typeLabel->setBuddy(m_type);
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o:"));
    toLabel->setBuddy(m_to);
    filters->addWidget(recipientLabel);
    filters->addWidget(m_recipient, 1);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    v->addLayout(filters);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("notificationSplit"));
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("notificationView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    split->addWidget(m_view);
    m_detail = new QPlainTextEdit;
    m_detail->setObjectName(QStringLiteral("notificationDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a notification to read it."));
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    v->addWidget(split, 1);

    auto changed = [this] { emit filterChanged(currentFilter()); };
    connect(m_recipient, &QLineEdit::editingFinished, this, changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NotificationsPane::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &QPlainTextEdit::clear);
    connect(m_model, &KeysetPagedModel::pageLoaded, this, [this](int, bool first) {
        if (first) {
            m_view->resizeColumnsToContents();
            m_view->setColumnWidth(NotificationLogModel::Title,
                                   std::min(m_view->columnWidth(NotificationLogModel::Title), 320));
        }
    });
    connect(m_model, &KeysetPagedModel::loadFailed, this, [this](const QString &m) { showMessage(m, true); });
    return w;
}

QWidget *NotificationsPane::buildComposeTab() {
    auto *w = new QWidget;
    auto *v = new QVBoxLayout(w);
    auto *top = new QHBoxLayout;
    m_audience = new QComboBox;
    m_audience->setObjectName(QStringLiteral("noticeAudience"));
    for (const AudienceKind k :
         {AudienceKind::AllMechanics, AudienceKind::VirtualOnly, AudienceKind::WorkshopAffiliated,
          AudienceKind::LicensedMobile, AudienceKind::Workshops})
        m_audience->addItem(Audience::kindLabel(k), int(k));
    m_province = new QComboBox;
    m_province->setObjectName(QStringLiteral("noticeProvince"));
    m_province->addItem(tr("All provinces"), QString());
    for (const QString &p : verification::provinceCodes())
        m_province->addItem(verification::provinceName(p), p);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("noticeAudienceCount"));
    auto *audienceLabel = new QLabel(tr("&Audience:"));
    audienceLabel->setBuddy(m_audience);
    auto *provinceLabel = new QLabel(tr("&Province:"));
    provinceLabel->setBuddy(m_province);
    top->addWidget(audienceLabel);
    top->addWidget(m_audience);
    top->addWidget(provinceLabel);
    top->addWidget(m_province);
    top->addWidget(m_count, 1);
    v->addLayout(top);

    auto *texts = new QGridLayout;
    auto *en = new QGroupBox(tr("English"));
    auto *enForm = new QFormLayout(en);
    m_titleEn = new QLineEdit;
    m_titleEn->setObjectName(QStringLiteral("noticeTitleEn"));
    m_titleEn->setMaxLength(200);
    m_messageEn = new QPlainTextEdit;
    m_messageEn->setObjectName(QStringLiteral("noticeMessageEn"));
    enForm->addRow(tr("&Title:"), m_titleEn);
    enForm->addRow(tr("&Message:"), m_messageEn);
    auto *fr = new QGroupBox(tr("French"));
    auto *frForm = new QFormLayout(fr);
    m_titleFr = new QLineEdit;
    m_titleFr->setObjectName(QStringLiteral("noticeTitleFr"));
    m_titleFr->setMaxLength(200);
    m_messageFr = new QPlainTextEdit;
    m_messageFr->setObjectName(QStringLiteral("noticeMessageFr"));
    frForm->addRow(tr("T&itle:"), m_titleFr);
    frForm->addRow(tr("M&essage:"), m_messageFr);
    texts->addWidget(en, 0, 0);
    texts->addWidget(fr, 0, 1);
    v->addLayout(texts, 1);

    auto *bottom = new QHBoxLayout;
    m_link = new QLineEdit;
    m_link->setObjectName(QStringLiteral("noticeLink"));
    m_link->setPlaceholderText(QStringLiteral("/mechanic/…"));
    auto *linkLabel = new QLabel(tr("&Link:"));
    linkLabel->setBuddy(m_link);
    m_template = new QPushButton(tr("&Use the affiliation template"));
    m_template->setObjectName(QStringLiteral("noticeTemplate"));
    m_send = new QPushButton(tr("&Send…"));
    m_send->setObjectName(QStringLiteral("noticeSend"));
    bottom->addWidget(linkLabel);
    bottom->addWidget(m_link, 1);
    bottom->addWidget(m_template);
    bottom->addWidget(m_send);
    v->addLayout(bottom);

    auto audience = [this] {
        m_count->setText(tr("Counting…"));
        emit audienceChanged(currentAudience());
    };
    connect(m_audience, &QComboBox::currentIndexChanged, this, audience);
    connect(m_province, &QComboBox::currentIndexChanged, this, audience);
    for (QLineEdit *e : {m_titleEn, m_titleFr})
        connect(e, &QLineEdit::textChanged, this, &NotificationsPane::updateSend);
    for (QPlainTextEdit *e : {m_messageEn, m_messageFr})
        connect(e, &QPlainTextEdit::textChanged, this, &NotificationsPane::updateSend);
    connect(m_template, &QPushButton::clicked, this,
            [this] { setDraft(BulkNoticeDraft::workshopAffiliationTemplate()); });
    connect(m_send, &QPushButton::clicked, this, [this] { emit sendRequested(draft()); });
    return w;
}

NotificationFilter NotificationsPane::currentFilter() const {
    NotificationFilter f;
    f.recipient = m_recipient->text().trimmed();
    f.type = m_type->currentData().toString();
    f.from = optionalDateOf(m_from);
    f.to = optionalDateOf(m_to);
    return f;
}

Audience NotificationsPane::currentAudience() const {
    return Audience{AudienceKind(m_audience->currentData().toInt()), m_province->currentData().toString()};
}

BulkNoticeDraft NotificationsPane::draft() const {
    BulkNoticeDraft d;
    d.audience = currentAudience();
    d.titleEn = m_titleEn->text().trimmed();
    d.titleFr = m_titleFr->text().trimmed();
    d.messageEn = m_messageEn->toPlainText().trimmed();
    d.messageFr = m_messageFr->toPlainText().trimmed();
    d.actionUrl = m_link->text().trimmed();
    return d;
}

void NotificationsPane::setDraft(const BulkNoticeDraft &d) {
    const int a = m_audience->findData(int(d.audience.kind));
    const int p = m_province->findData(d.audience.province);
    {
        const QSignalBlocker b1(m_audience), b2(m_province);
        m_audience->setCurrentIndex(a >= 0 ? a : 0);
        m_province->setCurrentIndex(p >= 0 ? p : 0);
    }
    m_titleEn->setText(d.titleEn);
    m_titleFr->setText(d.titleFr);
    m_messageEn->setPlainText(d.messageEn);
    m_messageFr->setPlainText(d.messageFr);
    m_link->setText(d.actionUrl);
    m_count->setText(tr("Counting…"));
    emit audienceChanged(currentAudience());
    updateSend();
}

void NotificationsPane::updateSend() {
    const BulkNoticeDraft d = draft();
    const bool complete =
        !d.titleEn.isEmpty() && !d.titleFr.isEmpty() && !d.messageEn.isEmpty() && !d.messageFr.isEmpty();
    m_send->setEnabled(complete);
    m_send->setToolTip(complete ? QString()
                                : tr("Write the title and the message in English and in French."));
}

void NotificationsPane::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
    m_message->setText(text);
}

void NotificationsPane::setAudienceCount(const Audience &audience, int count) {
    const Audience now = currentAudience();
    if (now.kind != audience.kind || now.province != audience.province)
        return;
    m_count->setText(count < 0 ? QString() : tr("%n recipient(s)", nullptr, count));
}

void NotificationsPane::confirmSend(const BulkNoticeDraft &d, int count) {
    setAudienceCount(d.audience, count);
    if (count == 0) {
        showMessage(tr("Nobody is in this audience: nothing to send."), true);
        return;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Send the notice"),
        tr("Send “%1” to %n recipient(s) (%2)?", nullptr, count)
            .arg(d.titleEn, d.audience.province.isEmpty()
                                ? Audience::kindLabel(d.audience.kind)
                                : tr("%1, %2").arg(Audience::kindLabel(d.audience.kind),
                                                   verification::provinceName(d.audience.province))),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("Each recipient gets it in their language. This cannot be undone."));
    QPushButton *send = box.addButton(tr("Send"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == send)
        emit sendConfirmed(d);
}

void NotificationsPane::noticeSent(int recipients) {
    showMessage(tr("Notice sent to %n recipient(s).", nullptr, recipients), false);
}

void NotificationsPane::showDetail() {
    const QModelIndex i = m_view->currentIndex();
    const NotificationEntry *e = m_model->rowAt(i.row());
    if (!e) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(tr("To %1, %2")
                               .arg(i.siblingAtColumn(NotificationLogModel::Recipient).data().toString(),
                                    i.siblingAtColumn(NotificationLogModel::Sent).data().toString()) +
                           QStringLiteral("\n\n") + i.data(NotificationLogModel::MessageRole).toString());
}

} // namespace adesk
