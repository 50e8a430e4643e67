#!/usr/bin/env python3
"""Writes a site of N posts, each showing one 3000 x 2000 JPEG photo carrying EXIF with GPS
coordinates, for the image benchmark (docs/benchmark.md).

The photos are made with the `vips` command: a few distinct base images (lightly smoothed
colour noise, which costs a decoder about what a photograph does: 1.5 to 2 MB each), then each post's photo is a base image
with its own EXIF block (camera, date, GPS position), so every file has different bytes and
is worked on once, as a real site's photos would be.

Usage: generate-photos.py POSTS OUTPUT_FOLDER
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile

BASES = 12


def exif_block(index):
    """An APP1 segment: IFD0 (Make, Model, DateTime, GPS pointer) and a GPS IFD (latitude, longitude)."""
    entries = []
    data = b""
    # Offsets are from the start of the TIFF header; IFD0 starts at 8.
    ifd0_count, gps_count = 4, 4
    ifd0_size = 2 + ifd0_count * 12 + 4
    gps_size = 2 + gps_count * 12 + 4
    data_start = 8 + ifd0_size + gps_size

    def add(payload):
        nonlocal data
        offset = data_start + len(data)
        data += payload + (b"\0" if len(payload) % 2 else b"")
        return offset

    make, model = add(b"Solane Camera\0"), add(b"Roaster 3000\0")
    date = add(b"2026:03:%02d 10:%02d:%02d\0" % (index % 28 + 1, index % 60, index % 59))
    lat = add(struct.pack("<6I", 45, 1, 45, 1, (index * 37) % 6000, 100))
    lon = add(struct.pack("<6I", 4, 1, 50, 1, (index * 53) % 6000, 100))
    ifd0 = struct.pack("<H", ifd0_count)
    ifd0 += struct.pack("<HHII", 0x010F, 2, 14, make)
    ifd0 += struct.pack("<HHII", 0x0110, 2, 13, model)
    ifd0 += struct.pack("<HHII", 0x0132, 2, 20, date)
    ifd0 += struct.pack("<HHII", 0x8825, 4, 1, 8 + ifd0_size)
    ifd0 += struct.pack("<I", 0)
    gps = struct.pack("<H", gps_count)
    gps += struct.pack("<HHI4s", 0x0001, 2, 2, b"N\0\0\0")
    gps += struct.pack("<HHII", 0x0002, 5, 3, lat)
    gps += struct.pack("<HHI4s", 0x0003, 2, 2, b"E\0\0\0")
    gps += struct.pack("<HHII", 0x0004, 5, 3, lon)
    gps += struct.pack("<I", 0)
    tiff = b"II*\0" + struct.pack("<I", 8) + ifd0 + gps + data
    payload = b"Exif\0\0" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count, out = int(sys.argv[1]), sys.argv[2]
    if os.path.exists(out):
        shutil.rmtree(out)
    for folder in ["content/posts", "authors", "static/photos"]:
        os.makedirs(os.path.join(out, folder))
    with open(os.path.join(out, "cmblog.yml"), "w") as f:
        f.write("title: Photos\nbaseURL: https://photos.example.com/\nlanguage: fr\n")
    with open(os.path.join(out, "authors/ana.yml"), "w") as f:
        f.write("name: Ana Photo\n")
    bases = []
    with tempfile.TemporaryDirectory() as tmp:
        for base in range(BASES):
            channels = []
            for band in range(3):
                noise, smooth = (os.path.join(tmp, f"{base}-{band}.{ext}") for ext in ("noise.v", "smooth.v"))
                subprocess.run(["vips", "gaussnoise", noise, "3000", "2000", "--sigma", str(30 + base * 3 + band * 7),
                                "--mean", str(90 + base * 5 + band * 20)], check=True)
                subprocess.run(["vips", "gaussblur", noise, smooth, "0.8"], check=True)
                channels.append(smooth)
            colour, bytes_, jpeg = (os.path.join(tmp, f"{base}.{ext}") for ext in ("float.v", "uchar.v", "jpg"))
            subprocess.run(["vips", "bandjoin", " ".join(channels), colour], check=True)
            subprocess.run(["vips", "cast", colour, bytes_, "uchar"], check=True)
            subprocess.run(["vips", "jpegsave", bytes_, jpeg, "--Q", "85", "--strip"], check=True)
            with open(jpeg, "rb") as f:
                bases.append(f.read())
    for index in range(count):
        photo = bases[index % BASES]
        with open(os.path.join(out, f"static/photos/p{index:04d}.jpg"), "wb") as f:
            f.write(photo[:2] + exif_block(index) + photo[2:])
        with open(os.path.join(out, f"content/posts/2026-01-01-photo-{index:04d}.md"), "w") as f:
            f.write(f"---\ntitle: Photo {index}\ndate: 2026-01-01 10:{index % 60:02d}:00\nauthor: ana\n"
                    f"image: /photos/p{index:04d}.jpg\n---\n"
                    f"Une photo.\n\n![Photo {index}](/photos/p{index:04d}.jpg)\n")


main()
