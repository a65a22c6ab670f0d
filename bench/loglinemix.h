#pragma once

// The line mix the log benchmarks read: what an OpenIM stack's pods print (zap console lines with
// ANSI-coloured levels, MySQL, Redis, MongoDB JSON, Kafka, MinIO), our own reconstruction with
// varying numbers so no two lines are equal. About 150 bytes a line on average.
#include <QByteArray>

namespace sd::bench {

inline QByteArray mixLine(int i)
{
    const QByteArray n = QByteArray::number(i);
    const QByteArray op = QByteArray::number(1710378921337LL + i / 3);
    switch (i % 10) {
    case 0:
    case 1:
    case 2:
        return "2025-03-14 09:15:21.337\t\x1b[34mINFO\x1b[0m\t[PID:1]\topenim-api\t[v3.8.3]\t[api/logger.go:54]\thttp request processed\t"
               "{\"operationID\": \"" + op + "\", \"opUserID\": \"imAdmin\", \"method\": \"POST\", \"requestURI\": \"/user/get_users_info\", \"status\": 200, \"cost\": \"3.1ms\", \"n\": " + n + "}";
    case 3:
    case 4:
        return "2025-03-14 09:15:21.339\t\x1b[34mINFO\x1b[0m\t[PID:1]\topenim-rpc-user\t[v3.8.3]\t[server/logger.go:13]\trpc server request\t"
               "{\"operationID\": \"" + op + "\", \"method\": \"/openim.user.user/getDesignateUsers\", \"req\": \"userIDs:\\\"u" + n + "\\\"\"}";
    case 5:
        return "2025-03-14 09:15:21.341\t\x1b[31mERROR\x1b[0m\t[PID:1]\topenim-rpc-user\t[v3.8.3]\t[server/logger.go:19]\trpc server response error\t"
               "{\"operationID\": \"" + op + "\", \"cost\": \"1.9ms\", \"error\": \"RecordNotFoundError u" + n + "\"}";
    case 6:
        return "1:M 14 Mar 2025 09:12:03.481 * DB saved on disk, " + n + " keys";
    case 7:
        return "{\"t\":{\"$date\":\"2025-03-14T09:12:03.481+00:00\"},\"s\":\"I\",\"c\":\"NETWORK\",\"id\":22943,\"ctx\":\"listener\",\"msg\":\"Connection accepted\",\"attr\":{\"connectionId\":" + n + "}}";
    case 8:
        return "[2025-03-14 09:12:03,481] INFO [GroupCoordinator 0]: Member consumer-" + n + " in group toPush has left (kafka.coordinator.group.GroupCoordinator)";
    default:
        return "2025-03-14T09:12:03.481234Z " + n + " [Warning] [MY-013360] [Server] Plugin mysql_native_password reported: 'deprecated'";
    }
}

} // namespace sd::bench
