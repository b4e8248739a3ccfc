#!/usr/bin/env bash
# A spinning-disk stand-in for benchmarks/suite.py --slow-disk (root; Linux with cgroup v1 blkio).
#   sudo benchmarks/slow_disk.sh up     # make it: /tmp/kiosk-slow-disk/mnt
#   sudo benchmarks/slow_disk.sh down   # remove it
# What it is: a 400 MB ext4 file system in a loop file whose loop device is throttled, for the
# processes of the blkio cgroup kiosk-slow-disk, to 100 write and 150 read operations per second
# and 2 MB/s each way. An fsync there takes ~8 ms (0.2-0.3 ms on this machine's own disk), about
# a 7,200 rpm disk's seek. Not mounted `sync`: that makes every write() a device write, far
# harsher than a disk with a write cache (an answer's commit took 140-390 ms that way).
# dm-delay would be the better stand-in; this machine's kernel has no device-mapper.
set -euo pipefail
base=/tmp/kiosk-slow-disk
cg=/sys/fs/cgroup/blkio/kiosk-slow-disk
case "${1:-}" in
  up)
    mkdir -p "$base/mnt"
    if ! mountpoint -q "$base/mnt"; then
      truncate -s 400M "$base/disk.img"
      mkfs.ext4 -q -F "$base/disk.img"
      mount -o loop "$base/disk.img" "$base/mnt"
    fi
    dev=$(findmnt -n -o SOURCE "$base/mnt")
    majmin=$(lsblk -n -d -o MAJ:MIN "$dev" | tr -d ' ')
    mkdir -p "$cg"
    echo "$majmin 100" > "$cg/blkio.throttle.write_iops_device"
    echo "$majmin 150" > "$cg/blkio.throttle.read_iops_device"
    echo "$majmin 2097152" > "$cg/blkio.throttle.write_bps_device"
    echo "$majmin 2097152" > "$cg/blkio.throttle.read_bps_device"
    chmod a+rwx "$base/mnt"
    echo "slow disk at $base/mnt ($dev $majmin), cgroup $cg" ;;
  down)
    if mountpoint -q "$base/mnt"; then umount "$base/mnt"; fi
    rmdir "$cg" 2>/dev/null || true
    rm -f "$base/disk.img" ;;
  *) sed -n '2,4p' "$0"; exit 2 ;;
esac
