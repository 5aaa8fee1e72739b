#include "models/routing/candidatemodel.h"

#include <QLocale>

namespace adesk {

int CandidateModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CandidateModel::waveText(int wave) {
    switch (wave) {
    case 0:
        return tr("Exclusive window");
    case 1:
        return tr("First wave");
    default:
        return tr("Second wave");
    }
}

QString CandidateModel::routingTypeText(const QString &type) {
    if (type == u"workshop_only")
        return tr("Workshop only");
    if (type == u"hybrid")
        return tr("Hybrid (workshop first)");
    if (type == u"broadcast")
        return tr("Broadcast");
    return type;
}

QString CandidateModel::reasonText(const QString &code) {
    const QString kind = code.section(u':', 0, 0);
    const QString arg = code.section(u':', 1);
    if (kind == u"same_fsa")
        return tr("Same neighbourhood (%1)").arg(arg);
    if (kind == u"nearby")
        return tr("Nearby area (%1 km)").arg(arg);
    if (kind == u"same_province")
        return tr("Same region (%1)").arg(arg);
    if (kind == u"brand_specialist")
        return tr("%1 specialist").arg(arg);
    if (kind == u"keyword")
        return tr("Knows: %1").arg(arg);
    if (kind == u"rating")
        return tr("Rated %1").arg(QLocale().toString(arg.toInt() / 10.0, 'f', 1));
    if (kind == u"experience")
        return arg.toInt() == 1 ? tr("1 year of experience") : tr("%1 years of experience").arg(arg);
    if (kind == u"favourite")
        return tr("Customer's favourite");
    if (kind == u"available")
        return tr("Available now");
    return code;
}

QString CandidateModel::fallbackText(const QString &fallback) {
    if (fallback == u"workshop_unavailable")
        return tr(
            "The workshop is closed or none of its mechanics is available: other mechanics are offered.");
    if (fallback == u"no_local_mechanic")
        return tr("No local mechanic is available: mechanics further away are offered.");
    if (fallback == u"no_brand_specialist_local")
        return tr("No brand specialist is available locally: specialists further away are offered.");
    if (fallback == u"selected_no_response")
        return tr("The selected mechanic did not answer within the window: the others were notified.");
    return {};
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoutingCandidate &c = m_rows.at(index.row());
    if (role == MechanicIdRole)
        return c.mechanicId;
    if (role == NotifiedRole)
        return c.notified;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name || index.column() == Workshop || index.column() == Reasons ||
                       index.column() == Wave || index.column() == Notified
                   ? QVariant()
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && index.column() == Reasons)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Order:
        return c.notifyOrder;
    case Wave:
        return waveText(c.wave);
    case Notified:
        return c.accepted ? tr("Yes, accepted") : c.notified ? tr("Yes") : tr("No");
    case Name:
        return c.name;
    case Workshop:
        return c.workshopName.isEmpty() ? tr("Independent") : c.workshopName;
    case Total:
        return c.totalPoints;
    case Fsa:
        return c.fsaPoints;
    case Available:
        return c.availablePoints;
    case Brand:
        return c.brandPoints;
    case Keywords:
        return c.keywordPoints;
    case Rating:
        return c.ratingPoints;
    case Experience:
        return c.experiencePoints;
    case Favourite:
        return c.favouritePoints;
    case Distance:
        return tr("%1 km").arg(locale.toString(c.distanceKm));
    case Local:
        return c.isLocal ? tr("Local") : tr("Not local");
    case Reasons: {
        QStringList sentences;
        for (const QString &r : c.reasons)
            sentences << reasonText(r);
        return sentences.join(u" · "_qs);
    }
    }
    return {};
}

QVariant CandidateModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Order:
        return tr("#");
    case Wave:
        return tr("Wave");
    case Notified:
        return tr("Notified");
    case Name:
        return tr("Mechanic");
    case Workshop:
        return tr("Workshop");
    case Total:
        return tr("Score");
    case Fsa:
        return tr("Area");
    case Available:
        return tr("Avail.");
    case Brand:
        return tr("Brand");
    case Keywords:
        return tr("Skills");
    case Rating:
        return tr("Rating");
    case Experience:
        return tr("Exp.");
    case Favourite:
        return tr("Fav.");
    case Distance:
        return tr("Distance");
    case Local:
        return tr("Local");
    case Reasons:
        return tr("Why");
    }
    return {};
}

void CandidateModel::setRows(const QList<RoutingCandidate> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace adesk
