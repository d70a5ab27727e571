#pragma once

#include "spec/config.h"

#include <QColor>

namespace fl::ui::mapstyle {

// The map's palette in one place (the render test samples these colours).
inline QColor ocean()
{
    return QColor(0xcf, 0xe1, 0xef);
}
inline QColor land()
{
    return QColor(0xee, 0xea, 0xdf);
}
inline QColor coast()
{
    return QColor(0xb9, 0xb2, 0xa0);
}
inline QColor graticule()
{
    return QColor(0xbd, 0xd2, 0xe3);
}
inline QColor role(RegionRole role)
{
    switch (role) {
    case RegionRole::Active:
        return QColor(0x1f, 0x6f, 0xc5); // blue
    case RegionRole::WarmStandby:
        return QColor(0xe8, 0x9a, 0x0c); // amber
    case RegionRole::PilotLight:
        return QColor(0x8e, 0x44, 0xad); // purple
    case RegionRole::Witness:
        return QColor(0x6c, 0x7a, 0x80); // slate
    }
    return Qt::black;
}
inline QColor down()
{
    return QColor(0xa0, 0xa0, 0xa0);
}
inline QColor destroyed()
{
    return QColor(0x2b, 0x2b, 0x2b);
}
inline QColor failure()
{
    return QColor(0xd6, 0x27, 0x28);
}
inline QColor warning()
{
    return QColor(0xe6, 0x7e, 0x22);
}
inline QColor linkOk()
{
    return QColor(0x4f, 0x8a, 0x5b);
}
inline QColor population()
{
    return QColor(0x2c, 0x7b, 0xb6);
}
inline QColor selection()
{
    return QColor(0xff, 0xc8, 0x00);
}
inline QColor good()
{
    return QColor(0x2e, 0xa0, 0x43);
}
// Badge texts: the ordinary one, the primary's epoch and a replica's lag that is small.
inline QColor badgeText()
{
    return QColor(0x33, 0x44, 0x55);
}
inline QColor primaryText()
{
    return QColor(0x7a, 0x5c, 0x00);
}
inline QColor lagSmall()
{
    return QColor(0x2e, 0x6b, 0x3a);
}
// The data primary's "P".
inline QColor primaryBadge()
{
    return QColor(0xf4, 0xc2, 0x0d);
}

} // namespace fl::ui::mapstyle
