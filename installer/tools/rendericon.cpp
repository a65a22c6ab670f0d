// Build-time tool: renders the SVG application icon into the PNG sizes desktops look for.
// Usage: sd-render-icon <input.svg> <output-dir> <size>...
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fputs("usage: sd-render-icon <input.svg> <output-dir> <size>...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "sd-render-icon: cannot read %s\n", argv[1]);
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    for (int i = 3; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        if (size <= 0) {
            std::fprintf(stderr, "sd-render-icon: bad size %s\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString path = out.filePath(QStringLiteral("stackdeck-%1.png").arg(size));
        if (!image.save(path)) {
            std::fprintf(stderr, "sd-render-icon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
