#include "weightspanel.h"

#include "labtext.h"
#include "spec/commands.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace fl::ui {

WeightsPanel::WeightsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("weightsPanel"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();
    m_useWeighted = new QPushButton(this);
    m_useWeighted->setObjectName(QStringLiteral("useWeightedButton"));
    connect(m_useWeighted, &QPushButton::clicked, this, [this] {
        emit liveCommand(
            makeCommand(0, CommandType::SetRoutingPolicy, static_cast<int>(RoutingPolicy::Weighted)));
    });
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("weightsTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    connect(m_table, &QTableWidget::itemChanged, this, &WeightsPanel::onItemChanged);

    auto *top = new QHBoxLayout;
    top->addWidget(m_hint, 1);
    top->addWidget(m_useWeighted);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_table);
    retranslateUi();
}

void WeightsPanel::applySnapshot(const WorldSnapshot &s)
{
    const bool topology = !m_have || s.regions.size() != m_last.regions.size() ||
                          s.populations.size() != m_last.populations.size() || s.runId != m_last.runId;
    const bool policyChanged = !m_have || s.policy != m_last.policy;
    m_last = s;
    m_have = true;
    if (topology) {
        rebuild();
    } else {
        m_updating = true;
        const QLocale locale;
        for (std::size_t p = 0; p < s.populations.size(); ++p) {
            for (std::size_t r = 0; r < s.regions.size(); ++r) {
                QTableWidgetItem *item = m_table->item(static_cast<int>(p), static_cast<int>(r));
                if (!item || m_table->isPersistentEditorOpen(item) || m_table->currentItem() == item)
                    continue;
                const QString text = locale.toString(s.populations[p].weights[r], 'g', 4);
                if (item->text() != text)
                    item->setText(text);
            }
            updateShares(static_cast<int>(p));
        }
        m_updating = false;
    }
    if (policyChanged)
        retranslateUi();
}

void WeightsPanel::rebuild()
{
    m_updating = true;
    const QLocale locale;
    const WorldSnapshot &s = m_last;
    m_table->clear();
    m_table->setRowCount(static_cast<int>(s.populations.size()));
    m_table->setColumnCount(static_cast<int>(s.regions.size()));
    QStringList columns;
    for (const RegionView &r : s.regions)
        columns << LabText::regionName(r);
    QStringList rows;
    for (const PopulationView &p : s.populations)
        rows << LabText::populationName(p.catalogIndex);
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setVerticalHeaderLabels(rows);
    for (std::size_t p = 0; p < s.populations.size(); ++p) {
        for (std::size_t r = 0; r < s.regions.size(); ++r) {
            auto *item = new QTableWidgetItem(locale.toString(s.populations[p].weights[r], 'g', 4));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(static_cast<int>(p), static_cast<int>(r), item);
        }
        updateShares(static_cast<int>(p));
    }
    m_updating = false;
}

void WeightsPanel::updateShares(int row)
{
    const auto &weights = m_last.populations[static_cast<std::size_t>(row)].weights;
    double sum = 0;
    for (double w : weights)
        sum += std::max(0.0, w);
    const QLocale locale;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        QTableWidgetItem *item = m_table->item(row, c);
        if (!item)
            continue;
        const double share = sum > 0 ? std::max(0.0, weights[static_cast<std::size_t>(c)]) / sum : 0.0;
        const QString tip = tr("%1 % of this population's traffic under the weighted policy")
                                .arg(locale.toString(share * 100, 'f', 0));
        if (item->toolTip() != tip)
            item->setToolTip(tip);
        const QColor tint = QColor::fromHsvF(0.58, 0.5 * share, 1.0);
        if (item->background().color() != tint)
            item->setBackground(tint);
    }
}

void WeightsPanel::onItemChanged(QTableWidgetItem *item)
{
    if (m_updating || !m_have)
        return;
    const int p = item->row();
    const int r = item->column();
    if (p < 0 || r < 0 || p >= static_cast<int>(m_last.populations.size()) ||
        r >= static_cast<int>(m_last.regions.size()))
        return;
    bool ok = false;
    const double weight = QLocale().toDouble(item->text(), &ok);
    const double old = m_last.populations[static_cast<std::size_t>(p)].weights[static_cast<std::size_t>(r)];
    QString problem;
    if (!ok || !std::isfinite(weight) || weight < 0) {
        problem = tr("A weight is a number of zero or more.");
    } else {
        double rest = 0;
        const auto &weights = m_last.populations[static_cast<std::size_t>(p)].weights;
        for (std::size_t i = 0; i < weights.size(); ++i)
            rest += i == static_cast<std::size_t>(r) ? 0.0 : std::max(0.0, weights[i]);
        if (rest + weight <= 0)
            problem = tr("%1 would have no weight on any region: its users would have nowhere to go.")
                          .arg(LabText::populationName(
                              m_last.populations[static_cast<std::size_t>(p)].catalogIndex));
    }
    if (!problem.isEmpty()) {
        m_updating = true;
        item->setText(QLocale().toString(old, 'g', 4));
        m_updating = false;
        m_problem->setText(problem);
        m_problem->show();
        emit refused(problem);
        return;
    }
    m_problem->hide();
    m_last.populations[static_cast<std::size_t>(p)].weights[static_cast<std::size_t>(r)] = weight;
    updateShares(p);
    emit liveCommand(makeCommand(0, CommandType::SetWeight, p, r, -1, weight));
}

void WeightsPanel::retranslateUi()
{
    const bool weighted = m_have && m_last.policy == RoutingPolicy::Weighted;
    m_hint->setText(
        weighted
            ? tr("Routing is weighted: each row is a population's split across the regions. Double-click "
                 "a cell to edit; drag a population on the map to send all of it to one region.")
            : tr("Weights steer traffic only under the weighted policy (now: %1).")
                  .arg(LabText::policyName(m_last.policy)));
    m_useWeighted->setText(tr("Use weighted routing"));
    m_useWeighted->setVisible(!weighted);
    if (m_have)
        rebuild();
}

void WeightsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace fl::ui
