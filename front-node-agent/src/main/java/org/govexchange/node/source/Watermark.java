package org.govexchange.node.source;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/**
 * How far extraction of one resource got: the (version, key) of the last row written to the outbox. The next
 * extraction reads rows with a greater version, or the same version and a greater key ("timestamp +
 * incrementing"), so rows sharing a timestamp are neither skipped nor read twice.
 */
@TableName("node_watermark")
public class Watermark {

    @TableId(type = IdType.INPUT)
    private String resourceCode;

    /** Epoch microseconds (UTC wall clock) for a DATETIME/TIMESTAMP version column, else the number itself. */
    private Long lastVersion;

    /** The key column values of that row, a JSON array of strings. */
    private String lastKey;

    private LocalDateTime updatedAt;

    public String getResourceCode() {
        return resourceCode;
    }

    public void setResourceCode(String resourceCode) {
        this.resourceCode = resourceCode;
    }

    public Long getLastVersion() {
        return lastVersion;
    }

    public void setLastVersion(Long lastVersion) {
        this.lastVersion = lastVersion;
    }

    public String getLastKey() {
        return lastKey;
    }

    public void setLastKey(String lastKey) {
        this.lastKey = lastKey;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
