# cmake -DPROTOC=… -DMESSAGE=caffe.BlobProto -DPROTO=caffe.proto -DINPUT=x.txt -DOUTPUT=x -P encode_proto.cmake
# Encodes a protobuf text file as binary (protoc --encode reads standard input).
get_filename_component(proto_dir ${PROTO} DIRECTORY)
execute_process(COMMAND ${PROTOC} --encode=${MESSAGE} --proto_path=${proto_dir} ${PROTO}
                INPUT_FILE ${INPUT} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(REMOVE ${OUTPUT})
  message(FATAL_ERROR "protoc could not encode ${INPUT} as ${MESSAGE}")
endif()
