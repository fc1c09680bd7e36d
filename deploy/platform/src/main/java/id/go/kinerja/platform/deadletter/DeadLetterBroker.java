package id.go.kinerja.platform.deadletter;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka side of the dead-letter operations. Reads a dead-letter topic by assigning its partitions, without a
 * consumer group: reading commits nothing and takes nothing away from anyone. Sends replays with its own producer
 * (acks from all replicas, idempotent), as bytes, so a message goes back exactly as it was dead-lettered.
 */
@ApplicationScoped
class DeadLetterBroker {

    /** Dead-lettered RecapDisposed documents can be as large as the consumers' dead-letter producers allow. */
    private static final int LARGEST_MESSAGE = 16 * 1024 * 1024;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DeadLetterConfig config;

    private KafkaProducer<byte[], byte[]> producer;

    /** How many messages the topic holds now; 0 for a topic nothing was ever dead-lettered to. */
    long count(String topic) {
        return call("count the messages of " + topic, () -> {
            try (KafkaConsumer<byte[], byte[]> consumer = openConsumer()) {
                List<TopicPartition> partitions = partitionsOf(consumer, topic);
                consumer.assign(partitions);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, config.brokerTimeout());
                Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, config.brokerTimeout());
                return partitions.stream().mapToLong(partition -> ends.get(partition) - beginnings.get(partition)).sum();
            }
        });
    }

    /**
     * Hands every message the topic holds now to {@code each}, partition by partition in offset order. Messages that
     * arrive meanwhile (a replay dead-lettered again) are left for the next scan.
     */
    void scan(String topic, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        call("read " + topic, () -> {
            try (KafkaConsumer<byte[], byte[]> consumer = openConsumer()) {
                for (TopicPartition partition : partitionsOf(consumer, topic)) {
                    // assigned before asking for its end, or the consumer warns that it is not assigned
                    consumer.assign(List.of(partition));
                    long end = consumer.endOffsets(List.of(partition), config.brokerTimeout()).get(partition);
                    consumer.seekToBeginning(List.of(partition));
                    readUpTo(consumer, partition, end, each);
                }
                return null;
            }
        });
    }

    /** The message at this position, if the topic has the partition and still holds the offset. */
    Optional<ConsumerRecord<byte[], byte[]>> read(String topic, int partitionNumber, long offset) {
        return call("read " + topic, () -> {
            try (KafkaConsumer<byte[], byte[]> consumer = openConsumer()) {
                TopicPartition partition = new TopicPartition(topic, partitionNumber);
                if (!partitionsOf(consumer, topic).contains(partition)) {
                    return Optional.empty();
                }
                consumer.assign(List.of(partition));
                long beginning = consumer.beginningOffsets(List.of(partition), config.brokerTimeout()).get(partition);
                long end = consumer.endOffsets(List.of(partition), config.brokerTimeout()).get(partition);
                if (offset < beginning || offset >= end) {
                    return Optional.empty();
                }
                consumer.seek(partition, offset);
                AtomicReference<ConsumerRecord<byte[], byte[]>> found = new AtomicReference<>();
                readUpTo(consumer, partition, offset + 1, record -> {
                    if (record.offset() == offset) {
                        found.set(record);
                    }
                });
                return Optional.ofNullable(found.get());
            }
        });
    }

    /** Sends and waits until every replica has the message. */
    RecordMetadata send(ProducerRecord<byte[], byte[]> record) {
        return call("replay to " + record.topic(), () -> {
            try {
                return producer().send(record).get(config.brokerTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof KafkaException kafka ? kafka : new KafkaException(e.getCause());
            } catch (TimeoutException e) {
                throw new org.apache.kafka.common.errors.TimeoutException("no acknowledgement in " + config.brokerTimeout(), e);
            }
        });
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void readUpTo(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition, long end,
                          Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Instant giveUp = Instant.now().plus(config.brokerTimeout());
        while (consumer.position(partition, config.brokerTimeout()) < end) {
            var records = consumer.poll(Duration.ofMillis(200)).records(partition);
            for (ConsumerRecord<byte[], byte[]> record : records) {
                if (record.offset() < end) {
                    each.accept(record);
                }
            }
            if (!records.isEmpty()) {
                giveUp = Instant.now().plus(config.brokerTimeout());
            } else if (Instant.now().isAfter(giveUp)) {
                throw new org.apache.kafka.common.errors.TimeoutException("no message from " + partition + " in "
                        + config.brokerTimeout());
            }
        }
    }

    private List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        // empty for a topic that does not exist (yet): auto-creation is off for this consumer
        return consumer.partitionsFor(topic, config.brokerTimeout()).stream()
                .sorted(Comparator.comparingInt(PartitionInfo::partition))
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    private KafkaConsumer<byte[], byte[]> openConsumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) config.brokerTimeout().toMillis());
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
            properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, LARGEST_MESSAGE);
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) config.brokerTimeout().toMillis());
            properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.brokerTimeout().toMillis());
            properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.brokerTimeout().toMillis());
            properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private interface BrokerCall<T> {
        T call() throws Exception;
    }

    private static <T> T call(String what, BrokerCall<T> call) {
        try {
            return call.call();
        } catch (KafkaException e) {
            throw new BrokerUnavailable(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailable(what, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
