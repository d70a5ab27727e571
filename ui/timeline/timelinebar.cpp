#include "timelinebar.h"

#include "spec/commands.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

namespace fl::ui {

namespace {

bool isRepair(CommandType type)
{
    return type == CommandType::RestoreRegion || type == CommandType::RestoreAppTier ||
           type == CommandType::RestoreDataTier || type == CommandType::HealLink;
}

QColor colourOf(const Command &c)
{
    const auto type = static_cast<CommandType>(c.type);
    const CommandSpec *spec = commandSpec(type);
    switch (spec ? spec->kind : CommandKind::Setting) {
    case CommandKind::Fault:
        return isRepair(type) ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
    case CommandKind::Operator:
        return QColor(0x6a, 0x1b, 0x9a);
    case CommandKind::Traffic:
    case CommandKind::Setting:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

SimTime incidentEnd(const Incident &incident, SimTime reached)
{
    for (const SimTime t : {incident.recovered, incident.healed})
        if (t != kNever)
            return t;
    return reached;
}

} // namespace

TimelineBar::TimelineBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineBar"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimelineBar::setTimeline(const TimelineView &view, SimTime now, const ConfigNames &names)
{
    if (view == m_view && now == m_now)
        return;
    m_view = view;
    m_now = now;
    m_names = names;
    update();
}

QSize TimelineBar::sizeHint() const
{
    // A track about as tall as three quarters of a line, and a line of times under it: the bar
    // takes little from the map (the window must still fit 1000x700, see check-deps).
    return {600, fontMetrics().height() * 7 / 4 + 10};
}

QSize TimelineBar::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

QRect TimelineBar::track() const
{
    const int margin = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 2;
    const int labelHeight = fontMetrics().height();
    return QRect(margin, 4, std::max(10, width() - 2 * margin), std::max(8, height() - labelHeight - 8));
}

SimTime TimelineBar::span() const
{
    // A little room after the frontier, so its cursor and last ticks are not on the edge.
    const SimTime end = std::max({m_view.reached, m_now, kSecond});
    return end + end / 32;
}

int TimelineBar::xOf(SimTime t) const
{
    const QRect r = track();
    return r.left() +
           static_cast<int>(
               static_cast<double>(r.width()) * static_cast<double>(t) / static_cast<double>(span()) + 0.5);
}

SimTime TimelineBar::timeAt(int x) const
{
    const QRect r = track();
    const double share =
        std::clamp(static_cast<double>(x - r.left()) / static_cast<double>(r.width()), 0.0, 1.0);
    return std::clamp<SimTime>(static_cast<SimTime>(share * static_cast<double>(span())), 0, m_view.reached);
}

void TimelineBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRect r = track();
    p.setRenderHint(QPainter::Antialiasing, false);
    // The track, and the stretch this branch has been simulated to.
    p.fillRect(r, palette().base());
    const QRect reached(r.left(), r.top(), std::max(0, xOf(m_view.reached) - r.left()), r.height());
    p.fillRect(reached, palette().alternateBase());
    p.setPen(palette().mid().color());
    p.drawRect(r.adjusted(0, 0, -1, -1));

    // Incidents: a band in the lower half, a diamond where a replica took over.
    const int bandTop = r.top() + r.height() / 2;
    for (const Incident &incident : m_view.incidents) {
        const int x0 = xOf(incident.failure);
        const int x1 = std::max(x0 + 2, xOf(incidentEnd(incident, m_view.reached)));
        p.fillRect(QRect(x0, bandTop, x1 - x0, r.bottom() - bandTop), QColor(0xef, 0x6c, 0x00, 110));
        if (incident.promoted != kNever) {
            const int x = xOf(incident.promoted);
            const int cy = bandTop + (r.bottom() - bandTop) / 2;
            const int d = std::max(3, (r.bottom() - bandTop) / 3);
            QPainterPath diamond;
            diamond.moveTo(x, cy - d);
            diamond.lineTo(x + d, cy);
            diamond.lineTo(x, cy + d);
            diamond.lineTo(x - d, cy);
            diamond.closeSubpath();
            p.setRenderHint(QPainter::Antialiasing, true);
            p.fillPath(diamond, QColor(0xbf, 0x36, 0x0c));
            p.setRenderHint(QPainter::Antialiasing, false);
        }
    }
    // Actions: ticks in the upper half.
    for (const Command &c : m_view.commands) {
        const int x = xOf(c.at);
        p.fillRect(QRect(x - 1, r.top() + 1, 2, bandTop - r.top()), colourOf(c));
    }
    // Where this branch left its parent.
    for (const BranchView &b : m_view.branches) {
        if (b.id != m_view.current || b.parent < 0)
            continue;
        QPen dashed(palette().text().color(), 1, Qt::DashLine);
        p.setPen(dashed);
        p.drawLine(xOf(b.forkAt), r.top(), xOf(b.forkAt), r.bottom());
    }
    // The moment shown.
    const int x = xOf(m_now);
    const QColor cursor = hasFocus() ? palette().highlight().color() : palette().text().color();
    p.fillRect(QRect(x - 1, r.top() - 2, 3, r.height() + 4), cursor);
    // Times: the start, the moment shown, the frontier.
    p.setPen(palette().text().color());
    const int textTop = r.bottom() + 2;
    const QFontMetrics fm = fontMetrics();
    const QString start = LabText::clock(0);
    const QString end = LabText::clock(m_view.reached);
    const QString here = LabText::clock(m_now);
    p.drawText(QRect(r.left(), textTop, fm.horizontalAdvance(start) + 2, fm.height()), Qt::AlignLeft, start);
    const int endWidth = fm.horizontalAdvance(end) + 2;
    const int endX = std::min(r.right() - endWidth, xOf(m_view.reached) - endWidth / 2);
    const int hereWidth = fm.horizontalAdvance(here) + 2;
    const int hereX = std::clamp(x - hereWidth / 2, r.left(), r.right() - hereWidth);
    // The frontier's time only where the cursor's does not cover it.
    if (m_now < m_view.reached && (hereX + hereWidth < endX || hereX > endX + endWidth))
        p.drawText(QRect(endX, textTop, endWidth, fm.height()), Qt::AlignRight, end);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(hereX, textTop, hereWidth + QFontMetrics(bold).horizontalAdvance(QLatin1Char('0')),
                     fm.height()),
               Qt::AlignLeft, here);
}

void TimelineBar::requestJump(SimTime at)
{
    at = std::clamp<SimTime>(at, 0, m_view.reached);
    if (at == m_requested)
        return;
    m_requested = at;
    emit jumpRequested(at);
}

void TimelineBar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_view.enabled)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_requested = -1;
    requestJump(timeAt(event->position().toPoint().x()));
}

void TimelineBar::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        requestJump(timeAt(event->position().toPoint().x()));
    QWidget::mouseMoveEvent(event);
}

void TimelineBar::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        requestJump(timeAt(event->position().toPoint().x()));
        m_dragging = false;
        m_requested = -1;
    }
    QWidget::mouseReleaseEvent(event);
}

void TimelineBar::keyPressEvent(QKeyEvent *event)
{
    if (!m_view.enabled)
        return QWidget::keyPressEvent(event);
    m_requested = -1;
    switch (event->key()) {
    case Qt::Key_Left:
        return requestJump(m_now - 5 * kSecond);
    case Qt::Key_Right:
        return requestJump(m_now + 5 * kSecond);
    case Qt::Key_PageUp:
        return requestJump(m_now - 60 * kSecond);
    case Qt::Key_PageDown:
        return requestJump(m_now + 60 * kSecond);
    case Qt::Key_Home:
        return requestJump(0);
    case Qt::Key_End:
        return requestJump(m_view.reached);
    default:
        QWidget::keyPressEvent(event);
    }
}

QString TimelineBar::describeAt(int x) const
{
    const SimTime t = timeAt(x);
    QStringList lines{tr("%1 — click or drag to show this moment").arg(LabText::clock(t))};
    for (const Command &c : m_view.commands)
        if (std::abs(xOf(c.at) - x) <= 3)
            lines << tr("%1: %2").arg(LabText::clock(c.at), describeCommand(c, m_names));
    for (const Incident &incident : m_view.incidents) {
        const SimTime end = incidentEnd(incident, m_view.reached);
        if (t >= incident.failure && t <= end)
            lines << tr("Incident #%1: from %2 to %3")
                         .arg(incident.id)
                         .arg(LabText::clock(incident.failure), LabText::clock(end));
    }
    if (t >= m_view.reached && m_view.enabled)
        lines << tr("This branch has been simulated to %1.").arg(LabText::clock(m_view.reached));
    return lines.join(QLatin1Char('\n'));
}

bool TimelineBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(), describeAt(help->pos().x()), this);
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::event(event);
}

} // namespace fl::ui
