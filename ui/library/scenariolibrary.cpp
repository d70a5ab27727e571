#include "scenariolibrary.h"

#include "builtincatalog.h"
#include "scenario/builtins.h"
#include "scenario/scenarioreader.h"
#include "scenariothumbnail.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fl::ui {
namespace {

const QString kShowAtStartupKey = QStringLiteral("library/showAtStartup");
constexpr QSize kThumbnailSize(120, 68);
constexpr int kNameRole = Qt::UserRole;        // a scenario's name (empty on a topic's row)
constexpr int kSummaryRole = Qt::UserRole + 1; // its summary in the current language
constexpr int kTopicRole = Qt::UserRole + 2;   // a topic row's ScenarioTopic

// A topic: its title in bold. A scenario: its picture, its name in bold and its summary below,
// wrapped to the row's width.
class LibraryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        background.icon = QIcon();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QString name = index.data(kNameRole).toString();
        if (name.isEmpty()) {
            QFont title = option.font;
            title.setBold(true);
            painter->setFont(title);
            painter->drawText(option.rect.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              index.data(Qt::DisplayRole).toString());
            painter->restore();
            return;
        }
        const QImage thumbnail = index.data(Qt::DecorationRole).value<QImage>();
        const QRect picture(option.rect.left() + 4, option.rect.top() + 4, kThumbnailSize.width(),
                            kThumbnailSize.height());
        painter->drawImage(picture, thumbnail);
        const QRect text = textRect(option.rect);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        const int nameHeight = QFontMetrics(bold).height();
        painter->drawText(QRect(text.topLeft(), QSize(text.width(), nameHeight)), Qt::AlignLeft, name);
        painter->setFont(option.font);
        painter->drawText(text.adjusted(0, nameHeight + 2, 0, 0), Qt::AlignLeft | Qt::TextWordWrap,
                          index.data(kSummaryRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = option.rect.width() > 0 ? option.rect.width() : 560;
        if (index.data(kNameRole).toString().isEmpty())
            return QSize(width, QFontMetrics(option.font).height() + 10);
        QFont bold = option.font;
        bold.setBold(true);
        const QRect text = textRect(QRect(0, 0, width, 1000));
        const int summary = QFontMetrics(option.font)
                                .boundingRect(QRect(0, 0, text.width(), 1000), Qt::TextWordWrap,
                                              index.data(kSummaryRole).toString())
                                .height();
        return QSize(width,
                     std::max(kThumbnailSize.height() + 8, QFontMetrics(bold).height() + 2 + summary + 10));
    }

private:
    static QRect textRect(const QRect &row) { return row.adjusted(kThumbnailSize.width() + 14, 5, -6, -4); }
};

} // namespace

ScenarioLibrary::ScenarioLibrary(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("scenarioLibrary"));
    build();
    retranslateUi();
    resize(900, 640);
}

bool ScenarioLibrary::showAtStartup()
{
    return QSettings().value(kShowAtStartupKey, true).toBool();
}

void ScenarioLibrary::build()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ScenarioLibrary::setFilter);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("libraryScenarios"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(0);
    m_tree->setItemDelegate(new LibraryDelegate(m_tree));
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    // Each topic with its scenarios; each scenario's world read once, for its picture.
    std::map<ScenarioTopic, QTreeWidgetItem *> topics;
    for (ScenarioTopic topic : BuiltinCatalog::topics()) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, kTopicRole, static_cast<int>(topic));
        item->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(true);
        topics[topic] = item;
    }
    for (const QString &name : scenario::builtinScenarioNames()) {
        const BuiltinCatalog::Entry *entry = BuiltinCatalog::find(name);
        // A built-in the catalog does not know yet still shows, under the last topic.
        QTreeWidgetItem *parent = topics[entry ? entry->topic : ScenarioTopic::TrafficAndHealth];
        auto *item = new QTreeWidgetItem(parent);
        item->setData(0, kNameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        scenario::ScenarioError error;
        if (const auto document = scenario::readBuiltinDocument(name, &error)) {
            if (const auto loaded = scenario::scenarioFromJson(*document, &error))
                item->setData(0, Qt::DecorationRole, renderScenarioThumbnail(loaded->config, kThumbnailSize));
        }
    }
    m_tree->expandAll();
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, kNameRole).toString().isEmpty())
            openCurrent();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ScenarioLibrary::updateButtons);
    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(QStringLiteral("libraryNoMatch"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->hide();

    m_recentTitle = new QLabel(this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("libraryRecent"));
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit fileRequested(item->data(Qt::UserRole).toString()); });

    m_atStartup = new QCheckBox(this);
    m_atStartup->setObjectName(QStringLiteral("libraryShowAtStartup"));
    m_atStartup->setChecked(showAtStartup());
    connect(m_atStartup, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(kShowAtStartupKey, on); });
    m_lesson = new QPushButton(this);
    m_lesson->setObjectName(QStringLiteral("libraryLesson"));
    m_lesson->hide();
    connect(m_lesson, &QPushButton::clicked, this, [this] {
        const QList<Lesson> lessons = m_lessons.value(currentScenario());
        if (lessons.size() == 1)
            requestLesson(lessons.front().id);
    });
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("libraryOpen"));
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &ScenarioLibrary::openCurrent);
    m_close = new QPushButton(this);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addWidget(m_filter);
    left->addWidget(m_tree, 1);
    left->addWidget(m_noMatch);
    auto *right = new QVBoxLayout;
    right->addWidget(m_recentTitle);
    right->addWidget(m_recent, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_atStartup);
    buttons->addStretch(1);
    buttons->addWidget(m_lesson);
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void ScenarioLibrary::retranslateUi()
{
    setWindowTitle(tr("Scenario library"));
    m_intro->setText(tr("Each built-in scenario is a small world with a failure to watch. Open one to run it "
                        "in the lab; the world behind this window keeps running until you do."));
    m_filter->setPlaceholderText(tr("Filter by name, summary or topic"));
    m_noMatch->setText(tr("No scenario matches the filter."));
    m_recentTitle->setText(tr("Recent files"));
    m_recent->setToolTip(tr("Scenario files you opened or saved lately; double-click to open one"));
    m_atStartup->setText(tr("Show at startup"));
    m_lesson->setText(tr("Open &lesson"));
    m_open->setText(tr("&Open"));
    m_close->setText(tr("&Close"));
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *topic = m_tree->topLevelItem(t);
        topic->setData(
            0, Qt::DisplayRole,
            BuiltinCatalog::topicTitle(static_cast<ScenarioTopic>(topic->data(0, kTopicRole).toInt())));
        for (int i = 0; i < topic->childCount(); ++i) {
            QTreeWidgetItem *item = topic->child(i);
            const QString name = item->data(0, kNameRole).toString();
            item->setData(0, kSummaryRole, BuiltinCatalog::summary(name));
            item->setToolTip(0, name);
        }
    }
    // The summaries' lengths changed: rows must be measured again.
    m_tree->doItemsLayout();
    setFilter(m_filter->text());
}

void ScenarioLibrary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ScenarioLibrary::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    const QString wanted = text.trimmed();
    int shown = 0;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *topic = m_tree->topLevelItem(t);
        const bool topicMatches = topic->text(0).contains(wanted, Qt::CaseInsensitive);
        int shownHere = 0;
        for (int i = 0; i < topic->childCount(); ++i) {
            QTreeWidgetItem *item = topic->child(i);
            const bool matches = wanted.isEmpty() || topicMatches ||
                                 item->data(0, kNameRole).toString().contains(wanted, Qt::CaseInsensitive) ||
                                 item->data(0, kSummaryRole).toString().contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!matches);
            shownHere += matches ? 1 : 0;
        }
        topic->setHidden(shownHere == 0);
        shown += shownHere;
    }
    m_noMatch->setVisible(shown == 0);
    const QStringList visible = visibleScenarios();
    if (!visible.contains(currentScenario()))
        selectScenario(visible.value(0));
    updateButtons();
}

QStringList ScenarioLibrary::visibleScenarios() const
{
    QStringList names;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        const QTreeWidgetItem *topic = m_tree->topLevelItem(t);
        for (int i = 0; i < topic->childCount() && !topic->isHidden(); ++i) {
            if (!topic->child(i)->isHidden())
                names << topic->child(i)->data(0, kNameRole).toString();
        }
    }
    return names;
}

QString ScenarioLibrary::currentScenario() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && !item->isHidden() ? item->data(0, kNameRole).toString() : QString();
}

void ScenarioLibrary::selectScenario(const QString &name)
{
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *topic = m_tree->topLevelItem(t);
        for (int i = 0; i < topic->childCount(); ++i) {
            if (!name.isEmpty() && topic->child(i)->data(0, kNameRole).toString() == name) {
                m_tree->setCurrentItem(topic->child(i));
                m_tree->scrollToItem(topic->child(i));
                return;
            }
        }
    }
    m_tree->setCurrentItem(nullptr);
}

void ScenarioLibrary::setLessons(const QHash<QString, QList<Lesson>> &byScenario)
{
    m_lessons = byScenario;
    updateButtons();
}

void ScenarioLibrary::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
}

void ScenarioLibrary::updateButtons()
{
    const QString name = currentScenario();
    m_open->setEnabled(!name.isEmpty());
    // The lesson button exists once lessons are known; it offers the selected scenario's.
    bool anyLesson = false;
    for (const QList<Lesson> &lessons : std::as_const(m_lessons))
        anyLesson = anyLesson || !lessons.isEmpty();
    m_lesson->setVisible(anyLesson);
    const QList<Lesson> lessons = m_lessons.value(name);
    m_lesson->setEnabled(!lessons.isEmpty());
    QMenu *menu = m_lesson->menu();
    if (lessons.size() > 1) {
        if (!menu) {
            menu = new QMenu(m_lesson);
            m_lesson->setMenu(menu);
        }
        menu->clear();
        for (const Lesson &lesson : lessons) {
            const QString id = lesson.id;
            menu->addAction(lesson.title, this, [this, id] { requestLesson(id); });
        }
    } else if (menu) {
        m_lesson->setMenu(nullptr);
        menu->deleteLater();
    }
    m_lesson->setToolTip(lessons.size() == 1 ? lessons.front().title : QString());
}

void ScenarioLibrary::openCurrent()
{
    const QString name = currentScenario();
    if (name.isEmpty())
        return;
    emit builtinRequested(name);
}

void ScenarioLibrary::requestLesson(const QString &lessonId)
{
    const QString name = currentScenario();
    if (!name.isEmpty())
        emit lessonRequested(name, lessonId);
}

} // namespace fl::ui
