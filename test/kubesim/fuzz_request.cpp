// Fuzz target over kubesim's request-body and query parsers: JSON/YAML bodies, Kubernetes protobuf,
// label/field selectors, strategic merge patches and CRD schema validation. With Clang and
// -DSTACKDECK_FUZZ=ON it links libFuzzer; otherwise it builds a replayer that runs the files given
// on the command line (CTest replays the seed corpus so the target cannot rot).
#include "kubesim/patch.h"
#include "kubesim/protobuf.h"
#include "kubesim/scenario.h"
#include "kubesim/selectors.h"
#include "schema/yamljson.h"
#include "schema/validator.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(input);
    sd::sim::LabelSelector::parse(text);
    sd::sim::FieldSelector::parse(text);
    sd::sim::decodeKubernetesProtobuf(input);
    sd::sim::decodeKubernetesProtobuf(QByteArray("k8s\0", 4) + input);
    if (auto doc = sd::parseJsonOrYaml(input)) {
        static const std::vector<nlohmann::json> crds = sd::sim::Scenario::kubeBlocksCrds();
        for (const auto &crd : crds) {
            const auto &schema = crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"];
            sd::schema::Validator(schema).validate(*doc);
        }
        try {
            const nlohmann::json base = nlohmann::json::parse(R"({"spec":{"containers":[{"name":"a","image":"x"}],"finalizers":["f"]}})");
            if (doc->is_object())
                sd::sim::strategicMerge(base, *doc);
            sd::sim::fieldSetToJson(sd::sim::fieldSetOf(*doc));
        } catch (const std::exception &) {
            // Rejected patches are fine; crashes and hangs are not.
        }
    }
    return 0;
}

#ifndef SD_LIBFUZZER
int main(int argc, char **argv)
{
    int runs = 0;
    for (int i = 1; i < argc; ++i) {
        QFile f(QString::fromLocal8Bit(argv[i]));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", argv[i]);
            return 1;
        }
        const QByteArray data = f.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
        ++runs;
    }
    std::printf("replayed %d inputs\n", runs);
    return runs > 0 ? 0 : 1;
}
#endif
