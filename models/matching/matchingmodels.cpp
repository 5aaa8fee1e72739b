#include "models/matching/matchingmodels.h"

#include <QLocale>

namespace adesk {

// ----- LiveRequestsModel ---------------------------------------------------------------------

int LiveRequestsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiveRequestsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LiveRequestsModel::ageText(int seconds) {
    seconds = qMax(0, seconds);
    if (seconds >= 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QVariant LiveRequestsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const matching::LiveRequest &r = m_rows.at(index.row());
    if (role == RequestIdRole)
        return r.id;
    if (role == PastWindowRole)
        return r.pastWindow;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Id || index.column() == Wave || index.column() == Offers))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return QString::number(r.id);
    case Age:
        return ageText(r.ageSeconds);
    case SessionType:
        return matching::sessionTypeText(r.sessionType);
    case Fsa:
        return r.fsa;
    case Routing:
        return matching::routingText(r.routingType);
    case Method:
        return matching::methodText(r.matchMethod);
    case Wave:
        return r.wave < 0 ? QStringLiteral("–") : QString::number(r.wave);
    case Offers:
        return r.openOffers > 0 && r.status == u"pending" ? tr("%1 (%2 open)").arg(r.offers).arg(r.openOffers)
                                                          : QString::number(r.offers);
    case Status:
        if (r.pastWindow)
            return tr("Waiting past its window");
        return matching::statusText(r.status);
    case Fallback:
        return matching::fallbackText(r.fallback);
    default:
        return {};
    }
}

QVariant LiveRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Request #");
    case Age:
        return tr("Age");
    case SessionType:
        return tr("Session");
    case Fsa:
        return tr("Area (FSA)");
    case Routing:
        return tr("Routing");
    case Method:
        return tr("Method");
    case Wave:
        return tr("Wave");
    case Offers:
        return tr("Offers");
    case Status:
        return tr("Status");
    case Fallback:
        return tr("Fallback taken");
    default:
        return {};
    }
}

void LiveRequestsModel::setRows(const QList<matching::LiveRequest> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int LiveRequestsModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

// ----- OffersModel ---------------------------------------------------------------------------

int OffersModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OffersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString OffersModel::waveText(int wave) {
    if (wave == 0)
        return tr("0 (exclusive)");
    if (wave == 2)
        return tr("2 (second wave)");
    return QString::number(wave);
}

QVariant OffersModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const matching::Offer &o = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Mechanic:
        return o.mechanicName;
    case Wave:
        return waveText(o.wave);
    case Score:
        return QString::number(o.totalPoints);
    case Reasons: {
        QStringList parts;
        for (const QString &r : o.reasons)
            parts << matching::reasonText(r);
        if (!o.isLocal)
            parts << tr("Not local");
        return parts.join(QStringLiteral(" · "));
    }
    case Response:
        return matching::responseText(o.response);
    default:
        return {};
    }
}

QVariant OffersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Mechanic:
        return tr("Mechanic");
    case Wave:
        return tr("Wave");
    case Score:
        return tr("Score");
    case Reasons:
        return tr("Why");
    case Response:
        return tr("Answer");
    default:
        return {};
    }
}

void OffersModel::setRows(const QList<matching::Offer> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

// ----- MatchingRulesModel --------------------------------------------------------------------

int MatchingRulesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rules.size());
}

int MatchingRulesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchingRulesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const matching::Rule &r = m_rules.at(index.row());
    if (role == EditedRole)
        return isEdited(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && index.column() == Value)
        return editedValue(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Rule: {
        const QString name = matching::ruleText(r.code, false);
        return name.isEmpty() ? r.note : name; // a rule added later: its note names it
    }
    case Value: {
        // The value with its unit ("300 seconds"): a unit alone would read like a code.
        const int v = isEdited(index.row()) ? editedValue(index.row()) : r.value;
        const QString text = matching::valueText(r.unit, v);
        return isEdited(index.row()) ? tr("%1 (unsaved)").arg(text) : text;
    }
    case Unit: {
        const matching::Bounds b = matching::boundsOf(r.unit);
        return tr("%1 to %2 %3", "allowed range of a rule")
            .arg(QLocale().toString(b.min), QLocale().toString(b.max), matching::unitText(r.unit));
    }
    case Note: {
        const QString note = matching::ruleText(r.code, true);
        return note.isEmpty() ? r.note : note;
    }
    default:
        return {};
    }
}

QVariant MatchingRulesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rule:
        return tr("Rule");
    case Value:
        return tr("Value");
    case Unit:
        return tr("Allowed");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags MatchingRulesModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Value && m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool MatchingRulesModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || index.column() != Value || role != Qt::EditRole || !m_editable)
        return false;
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || !problem(index.row(), v).isEmpty())
        return false;
    if (v == m_rules.at(index.row()).value)
        m_edits.remove(index.row());
    else
        m_edits.insert(index.row(), v);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

void MatchingRulesModel::setRules(const QList<matching::Rule> &rules) {
    beginResetModel();
    m_rules = rules;
    m_edits.clear();
    endResetModel();
}

bool MatchingRulesModel::isEdited(int row) const {
    return m_edits.contains(row);
}

int MatchingRulesModel::editedValue(int row) const {
    return m_edits.value(row, m_rules.at(row).value);
}

void MatchingRulesModel::revert(int row) {
    if (m_edits.remove(row))
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MatchingRulesModel::markSaved(int row, int value) {
    if (row < 0 || row >= m_rules.size())
        return;
    m_rules[row].value = value;
    m_edits.remove(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString MatchingRulesModel::problem(int row, int value) const {
    const matching::Bounds b = matching::boundsOf(m_rules.at(row).unit);
    if (value < b.min || value > b.max)
        return tr("Between %1 and %2 %3.")
            .arg(b.min)
            .arg(b.max)
            .arg(matching::unitText(m_rules.at(row).unit));
    return {};
}

} // namespace adesk
