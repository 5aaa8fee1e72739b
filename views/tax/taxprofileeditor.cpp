#include "views/tax/taxprofileeditor.h"

#include "models/tax/businessnumber.h"
#include "models/tax/sin.h"
#include "models/tax/t4arules.h"
#include "ui_taxprofileeditor.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"

#include <QRegularExpression>

namespace adesk {

TaxProfileEditor::TaxProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TaxProfileEditor>()) {
    m_ui->setupUi(this);
    QFont f = m_ui->title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_ui->title->setFont(f);
    m_ui->recipientKind->addItem(tr("Individual (SIN)"), int(RecipientKind::Individual));
    m_ui->recipientKind->addItem(tr("Business (BN)"), int(RecipientKind::Business));
    m_ui->province->addItem(QString(), QString());
    for (const char *p : {"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"})
        m_ui->province->addItem(QString::fromLatin1(p), QString::fromLatin1(p));
    m_ui->slipLanguage->addItem(tr("English"), QStringLiteral("en"));
    m_ui->slipLanguage->addItem(tr("French"), QStringLiteral("fr"));
    m_ui->saveProfileButton->setShortcut(QKeySequence::Save);
    PaneActions::button(this, m_ui->saveProfileButton);

    // The CRA layout's length of each line (a hint for the eye; validate() enforces it).
    const std::pair<QLineEdit *, int> limits[] = {{m_ui->surname, T4ARules::kSurnameMax},
                                                  {m_ui->givenName, T4ARules::kGivenNameMax},
                                                  {m_ui->initial, T4ARules::kInitialMax},
                                                  {m_ui->businessName, T4ARules::kBusinessNameLineMax},
                                                  {m_ui->businessName2, T4ARules::kBusinessNameLineMax},
                                                  {m_ui->sin, 11},
                                                  {m_ui->bn, 15},
                                                  {m_ui->address1, T4ARules::kAddressLineMax},
                                                  {m_ui->address2, T4ARules::kAddressLineMax},
                                                  {m_ui->city, T4ARules::kCityMax},
                                                  {m_ui->postalCode, 7}};
    for (const auto &[edit, limit] : limits)
        edit->setProperty("craLimit", limit);

    // Under each field, its problem in the error colour.
    const QString messageStyle =
        SemanticColors::of(this).textStyle(SemanticColors::Role::Error) + QStringLiteral(" font-size: 8pt;");
    for (QLabel *msg :
         {m_ui->surnameMessage, m_ui->givenNameMessage, m_ui->initialMessage, m_ui->businessNameMessage,
          m_ui->businessName2Message, m_ui->sinMessage, m_ui->bnMessage, m_ui->address1Message,
          m_ui->address2Message, m_ui->cityMessage, m_ui->postalCodeMessage}) {
        msg->setStyleSheet(messageStyle);
        msg->setWordWrap(true); // a long message (French) must not widen the editor past the table
        msg->setVisible(false);
        m_messages.insert(msg->objectName().chopped(int(qstrlen("Message"))), msg);
    }

    for (QLineEdit *e :
         {m_ui->surname, m_ui->givenName, m_ui->initial, m_ui->businessName, m_ui->businessName2, m_ui->sin,
          m_ui->bn, m_ui->address1, m_ui->address2, m_ui->city, m_ui->postalCode})
        connect(e, &QLineEdit::textChanged, this, &TaxProfileEditor::validate);
    connect(m_ui->recipientKind, &QComboBox::currentIndexChanged, this, &TaxProfileEditor::validate);
    connect(m_ui->province, &QComboBox::currentIndexChanged, this, &TaxProfileEditor::validate);
    // Edits since the profile was shown (UnsavedEdits).
    auto edited = [this] {
        if (!m_loading)
            m_edited = true;
    };
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textEdited, this, edited);
    for (QComboBox *c : findChildren<QComboBox *>())
        connect(c, &QComboBox::activated, this, edited);
    connect(m_ui->electronicConsent, &QCheckBox::clicked, this, edited);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, [this] {
        if (problems().isEmpty())
            emit saveRequested(profile());
    });
    connect(m_ui->revealButton, &QPushButton::clicked, this, [this] {
        if (m_profile.id)
            emit revealRequested(m_profile.id);
    });
    clear();
}

TaxProfileEditor::~TaxProfileEditor() = default;

void TaxProfileEditor::clear() {
    m_profile = TaxProfile{};
    m_edited = false;
    m_loading = true;
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->clear();
    m_loading = false;
    m_ui->title->setText(tr("Select a payee"));
    setEnabled(false);
}

void TaxProfileEditor::setProfile(const TaxProfile &p) {
    m_profile = p;
    m_revealed = false;
    m_edited = false;
    m_loading = true;
    setEnabled(true);
    m_ui->title->setText(p.payeeName.isEmpty() ? tr("Tax profile") : p.payeeName);
    m_ui->recipientKind->setCurrentIndex(qMax(0, m_ui->recipientKind->findData(int(p.recipientKind))));
    m_ui->surname->setText(p.surname);
    m_ui->givenName->setText(p.givenName);
    m_ui->initial->setText(p.initial);
    m_ui->businessName->setText(p.businessName);
    m_ui->businessName2->setText(p.businessName2);
    m_ui->sin->clear();
    m_ui->sin->setPlaceholderText(p.sinMasked.isEmpty() ? tr("not on file") : p.sinMasked);
    m_ui->bn->clear();
    m_ui->bn->setPlaceholderText(p.bnMasked.isEmpty() ? tr("not on file") : p.bnMasked);
    m_ui->address1->setText(p.addressLine1);
    m_ui->address2->setText(p.addressLine2);
    m_ui->city->setText(p.city);
    m_ui->province->setCurrentIndex(qMax(0, m_ui->province->findData(p.province)));
    m_ui->postalCode->setText(p.postalCode);
    m_ui->slipLanguage->setCurrentIndex(qMax(0, m_ui->slipLanguage->findData(p.language)));
    m_ui->electronicConsent->setChecked(p.electronicConsent);
    m_ui->revealButton->setEnabled(p.id != 0 && (!p.sinMasked.isEmpty() || !p.bnMasked.isEmpty()));
    m_loading = false;
    validate();
    // Stored problems that typing has not touched yet are shown too.
    if (!p.sinMasked.isEmpty() && !p.sinValid) {
        m_messages.value(QStringLiteral("sin"))
            ->setText(tr("The SIN on file fails the check digit: retype it."));
        m_messages.value(QStringLiteral("sin"))->setVisible(true);
    }
}

QString TaxProfileEditor::unsavedEditsDescription() const {
    if (!m_edited || !isEnabled() || m_ui->saveProfileButton->isHidden())
        return {};
    return tr("The tax profile of %1")
        .arg(m_profile.payeeName.isEmpty() ? tr("a payee") : m_profile.payeeName);
}

bool TaxProfileEditor::saveUnsavedEdits() {
    if (!problems().isEmpty())
        return false;
    emit saveRequested(profile());
    return true;
}

void TaxProfileEditor::showRevealed(const QString &sin, const QString &bn) {
    m_revealed = true;
    m_ui->sin->setPlaceholderText(sin.isEmpty() ? tr("not on file") : Sin::formatted(sin));
    m_ui->bn->setPlaceholderText(bn.isEmpty() ? tr("not on file") : bn);
}

void TaxProfileEditor::setReadOnly(bool readOnly) {
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->setReadOnly(readOnly);
    m_ui->saveProfileButton->setVisible(!readOnly);
}

TaxProfile TaxProfileEditor::profile() const {
    TaxProfile p = m_profile;
    p.recipientKind = RecipientKind(m_ui->recipientKind->currentData().toInt());
    p.surname = m_ui->surname->text().trimmed();
    p.givenName = m_ui->givenName->text().trimmed();
    p.initial = m_ui->initial->text().trimmed();
    p.businessName = m_ui->businessName->text().trimmed();
    p.businessName2 = m_ui->businessName2->text().trimmed();
    p.sin = m_ui->sin->text().trimmed().isEmpty() ? QString() : Sin::normalized(m_ui->sin->text());
    p.bn = m_ui->bn->text().trimmed().isEmpty() ? QString() : BusinessNumber::normalized(m_ui->bn->text());
    p.addressLine1 = m_ui->address1->text().trimmed();
    p.addressLine2 = m_ui->address2->text().trimmed();
    p.city = m_ui->city->text().trimmed();
    p.province = m_ui->province->currentData().toString();
    p.postalCode = T4ARules::normalizedPostalCode(m_ui->postalCode->text().trimmed());
    p.language = m_ui->slipLanguage->currentData().toString();
    p.electronicConsent = m_ui->electronicConsent->isChecked();
    return p;
}

QLabel *TaxProfileEditor::messageLabel(const QString &field) const {
    return m_messages.value(field);
}

QStringList TaxProfileEditor::problems() const {
    QStringList out;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        if (!it.value()->text().isEmpty())
            out << it.key();
    return out;
}

void TaxProfileEditor::validate() {
    if (m_loading)
        return;
    auto set = [this](const QString &field, const QString &message) {
        QLabel *l = m_messages.value(field);
        l->setText(message);
        l->setVisible(!message.isEmpty());
    };
    const bool business =
        RecipientKind(m_ui->recipientKind->currentData().toInt()) == RecipientKind::Business;
    auto length = [&](QLineEdit *e, const QString &field, int limit, bool required) {
        const int n = int(e->text().trimmed().size());
        if (required && n == 0)
            set(field, tr("Required"));
        else if (n > limit)
            set(field, tr("Too long for the CRA layout: %1 characters, at most %2").arg(n).arg(limit));
        else
            set(field, QString());
    };
    length(m_ui->surname, QStringLiteral("surname"), T4ARules::kSurnameMax, !business);
    length(m_ui->givenName, QStringLiteral("givenName"), T4ARules::kGivenNameMax, false);
    length(m_ui->initial, QStringLiteral("initial"), T4ARules::kInitialMax, false);
    length(m_ui->businessName, QStringLiteral("businessName"), T4ARules::kBusinessNameLineMax, business);
    length(m_ui->businessName2, QStringLiteral("businessName2"), T4ARules::kBusinessNameLineMax, false);
    length(m_ui->address1, QStringLiteral("address1"), T4ARules::kAddressLineMax, false);
    length(m_ui->address2, QStringLiteral("address2"), T4ARules::kAddressLineMax, false);
    length(m_ui->city, QStringLiteral("city"), T4ARules::kCityMax, false);

    const QString sin = m_ui->sin->text().trimmed();
    if (sin.isEmpty())
        set(QStringLiteral("sin"), QString());
    else if (!Sin::isWellFormed(sin))
        set(QStringLiteral("sin"), tr("A SIN has 9 digits"));
    else if (Sin::isBusinessNumberRoot(sin))
        set(QStringLiteral("sin"), tr("A number starting with 8 is a business number, not a SIN"));
    else if (!Sin::isValid(sin))
        set(QStringLiteral("sin"),
            tr("Check digit does not match (expected %1): a digit is probably mistyped")
                .arg(Sin::expectedCheckDigit(sin)));
    else
        set(QStringLiteral("sin"), QString());

    const QString bn = m_ui->bn->text().trimmed();
    static const QRegularExpression bnFormat(QStringLiteral("^[0-9]{9}[A-Z]{2}[0-9]{4}$"));
    if (bn.isEmpty() || BusinessNumber::isValid(bn))
        set(QStringLiteral("bn"), QString());
    else if (!bnFormat.match(BusinessNumber::normalized(bn)).hasMatch())
        set(QStringLiteral("bn"), tr("A BN is 9 digits, 2 letters and 4 digits (123456782RT0001)"));
    else
        set(QStringLiteral("bn"), tr("The BN's check digit does not match: a digit is probably mistyped"));

    const QString postal = T4ARules::normalizedPostalCode(m_ui->postalCode->text().trimmed());
    const QString province = m_ui->province->currentData().toString();
    if (postal.isEmpty())
        set(QStringLiteral("postalCode"), QString());
    else if (!T4ARules::isValidPostalCode(postal))
        set(QStringLiteral("postalCode"), tr("Postal codes look like A1A 1A1"));
    else if (!province.isEmpty() && !T4ARules::postalCodeMatchesProvince(postal, province))
        set(QStringLiteral("postalCode"),
            tr("FSA %1 is in %2, not %3")
                .arg(postal.left(3), T4ARules::provincesForPostalCode(postal).join(u'/'), province));
    else
        set(QStringLiteral("postalCode"), QString());

    m_ui->surname->setEnabled(!business);
    m_ui->givenName->setEnabled(!business);
    m_ui->initial->setEnabled(!business);
    m_ui->saveProfileButton->setEnabled(problems().isEmpty());
}

} // namespace adesk
